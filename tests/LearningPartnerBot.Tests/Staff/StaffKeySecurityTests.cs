using System.Net;
using LearningPartnerBot.Staff;
using LearningPartnerBot.Staff.Pages;
using LearningPartnerBot.Tests.Staff.Pages;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tests.Tickets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Staff;

/// <summary>
/// Staff keys open every partner's tickets: they must be long, guessing them must be slow, a signed-in session must
/// end with its key, and what staff write is signed by the key's holder, not by a name anyone can type.
/// </summary>
public sealed class StaffKeySecurityTests
{
    [Theory]
    [InlineData("Staff:ApiKeys:0")]
    [InlineData("Staff:Keys:0:Key")]
    public void A_key_shorter_than_32_characters_stops_the_bot_from_starting(string setting)
    {
        using var factory = new StaffApiFactory { ConfiguredKey = null }.WithWebHostBuilder(b => b.UseSetting(setting, "short-but-not-empty-key"));

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("32", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_ten_wrong_keys_a_client_is_refused_even_with_the_right_key_until_it_waits()
    {
        using var factory = new StaffApiFactory();
        for (var i = 0; i < FailedKeyThrottle.MaxFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateStaffClient($"guess-{i}").GetAsync(new Uri("/api/tickets", UriKind.Relative))).StatusCode);
        }

        var response = await factory.CreateStaffClient().GetAsync(new Uri("/api/tickets", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task Wrong_keys_typed_on_the_sign_in_page_count_too()
    {
        using var factory = new StaffApiFactory();
        var browser = new StaffBrowser(factory);
        for (var i = 0; i < FailedKeyThrottle.MaxFailures; i++)
        {
            await browser.SignInAsync($"guess-{i}");
        }

        var response = await browser.SignInAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Null(StaffBrowser.SessionCookie(response));
    }

    [Fact]
    public async Task A_comment_is_signed_by_the_keys_holder_whatever_name_the_sign_in_form_is_sent()
    {
        using var factory = new StaffApiFactory();
        var reference = (await factory.Services.GetRequiredService<ITicketService>().CreateAsync(SampleTickets.General())).Reference;
        var browser = new StaffBrowser(factory);
        await browser.SubmitAsync("/staff/sign-in", "/staff/sign-in", new Dictionary<string, string> { ["Name"] = "Microsoft Security Team", ["Key"] = StaffApiFactory.Key });

        await browser.SubmitAsync($"/staff/tickets/{reference}", $"/staff/tickets/{reference}?handler=Comment", new Dictionary<string, string> { ["CommentText"] = "Checked." });

        var ticket = await factory.Services.GetRequiredService<TicketDesk>().FindAsync(reference, default);
        Assert.Equal(StaffApiFactory.KeyHolder, Assert.Single(ticket!.Comments).Author);
    }

    [Fact]
    public async Task A_session_ends_when_its_key_is_no_longer_configured()
    {
        using var signedIn = new StaffApiFactory();
        var browser = new StaffBrowser(signedIn);
        var cookie = StaffBrowser.SessionCookie(await browser.SignInAsync())!.Split(';')[0];

        // The same app on the same data folder (and so the same data protection keys), restarted with and without the key.
        using var sameKey = new StaffApiFactory { DataDirectory = signedIn.DataDirectory, DeleteDataDirectory = false };
        using var keyRemoved = new StaffApiFactory { DataDirectory = signedIn.DataDirectory, DeleteDataDirectory = false, ConfiguredKey = "another-staff-key-6a1f0e93b2c84d57a1" };

        Assert.Equal(HttpStatusCode.OK, (await QueueWith(sameKey, cookie)).StatusCode);
        var refused = await QueueWith(keyRemoved, cookie);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(StaffPagesAuthentication.SignInPath, refused.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Outside_development_the_session_cookie_is_only_ever_sent_over_https()
    {
        using var factory = new StaffApiFactory().WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("BotKit:AllowAnonymous", "true"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var browser = new StaffBrowser(factory, client);

        var response = await browser.SignInAsync();

        Assert.Contains("secure", StaffBrowser.SessionCookie(response)!, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<HttpResponseMessage> QueueWith(WebApplicationFactory<Program> factory, string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/staff");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
