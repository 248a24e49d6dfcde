using System.Net;
using System.Net.Http.Headers;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Channels;

public sealed class PlaygroundPageTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    [Fact]
    public async Task The_home_page_runs_web_chat_from_the_bots_own_copy_of_the_bundle()
    {
        var http = factory.CreateClient();

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var bundle = await http.GetAsync(new Uri("/playground/webchat.js", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/playground/playground.js", UriKind.Relative));

        Assert.Contains("<script src=\"/playground/webchat.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.botframework.com", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.Contains("renderWebChat", await bundle.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The stream by default (polling only on request), as Web Chat runs against the hosted Direct Line.
        Assert.DoesNotContain("webSocket: false", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "nl-NL", "Learning Partner Bot-speeltuin")]
    [InlineData("tr", "tr-TR", "Learning Partner Bot deneme alanı")]
    [InlineData("en", "en-US", "Learning Partner Bot playground")]
    public async Task The_language_switch_sets_the_page_language_and_the_chats_locale(string lang, string locale, string title)
    {
        var page = await factory.CreateClient().GetStringAsync(new Uri("/?lang=" + lang, UriKind.Relative));

        Assert.Contains($"<html lang=\"{lang}\">", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{title}</title>", page, StringComparison.Ordinal);
        Assert.Contains($"data-locale=\"{locale}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{lang}\" lang=\"{lang}\" selected>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_choice_the_page_follows_the_browsers_language()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("tr-TR", 0.8));

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Contains("<html lang=\"tr\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_the_browser_refuses_with_q_0_is_not_chosen()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("tr-TR", 0));

        using var response = await factory.CreateClient().SendAsync(request);

        Assert.Contains("<html lang=\"en\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_user_picker_appears_only_when_demo_identities_are_on()
    {
        using var demo = new BotApplicationFactory { DemoData = true };

        var withDemo = await demo.CreateClient().GetStringAsync(new Uri("/?lang=en&user=demo-anna-contoso", UriKind.Relative));
        var withoutDemo = await factory.CreateClient().GetStringAsync(new Uri("/?lang=en&user=demo-anna-contoso", UriKind.Relative));

        Assert.Contains("<option value=\"demo-anna-contoso\" selected>", withDemo, StringComparison.Ordinal);
        Assert.Contains("data-user-id=\"demo-anna-contoso\"", withDemo, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-anna-contoso", withoutDemo, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bot_registered_with_azure_offers_neither_the_playground_nor_anonymous_direct_line()
    {
        using var registered = new BotApplicationFactory { MicrosoftAppId = "00000000-0000-0000-0000-000000000001" };
        var http = registered.CreateClient();

        var home = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var generate = await http.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative), content: null);

        Assert.DoesNotContain("webchat.js", home, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
    }

    [Fact]
    public async Task Pages_on_a_configured_origin_may_call_direct_line_and_others_may_not()
    {
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("DirectLine:AllowedOrigins:0", "http://localhost:3000"));
        var http = host.CreateClient();

        using var allowed = await http.SendAsync(Preflight("http://localhost:3000"));
        using var other = await http.SendAsync(Preflight("http://evil.example"));

        Assert.Equal("http://localhost:3000", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-ms-bot-agent", string.Join(',', allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return request;
    }
}
