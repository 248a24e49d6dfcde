using System.Net;
using System.Net.Http.Json;
using LearningPartnerBot.Channels.DirectLine;

namespace LearningPartnerBot.Tests.Hosting;

/// <summary>
/// A deployment that forgets MicrosoftAppId must not become an open bot: outside Development it refuses to start
/// unless BotKit:AllowAnonymous says the anonymous endpoint is meant, and even then the Direct Line endpoint (which
/// hands tokens to anyone) stays off unless it is switched on explicitly.
/// </summary>
public sealed class AnonymousStartupTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Without_an_app_id_outside_development_the_bot_refuses_to_start(string environment)
    {
        using var factory = new BotApplicationFactory { Environment = environment };

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("BotKit:AllowAnonymous", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowing_anonymous_access_explicitly_starts_the_bot_and_answers_without_a_token()
    {
        using var factory = new BotApplicationFactory { Environment = "Production", AllowAnonymous = true };

        var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", WebChatActivities.Message("conv-anon", "hi"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Outside_development_direct_line_is_off_unless_switched_on()
    {
        using var factory = new BotApplicationFactory { Environment = "Production", AllowAnonymous = true };

        var response = await factory.CreateClient().PostAsync(DirectLineEndpoints.BasePath + "/tokens/generate", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task In_development_without_an_app_id_direct_line_is_on_for_the_playground()
    {
        using var factory = new BotApplicationFactory();

        var response = await factory.CreateClient().PostAsync(DirectLineEndpoints.BasePath + "/tokens/generate", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task An_anonymous_bot_takes_teams_word_for_the_sender_only_in_development(string environment, bool linked)
    {
        using var factory = new BotApplicationFactory { Environment = environment, AllowAnonymous = true, DemoData = true };
        var english = global::LearningPartnerBot.Eligibility.Chat.EligibilityChatStrings.Get(System.Globalization.CultureInfo.GetCultureInfo("en"));
        var question = WebChatActivities.Message("conv-anon-teams", "Am I eligible for gold?", "en-US");
        question["channelId"] = "msteams";
        question["from"]!["aadObjectId"] = "demo-ada-adventureworks";

        var response = await factory.CreateClient().PostAsJsonAsync("/api/messages", question);

        var replies = (await response.Content.ReadFromJsonAsync<BotKit.Schema.ExpectedReplies>(BotKit.Schema.BotJson.Options))!.Activities;
        Assert.Equal(linked, replies.Any(r => r.Text == english.CompetencyPrompt));
    }

    private static string Flatten(Exception error) =>
        string.Join(" | ", Enumerable.Repeat(error, 1).Concat(error is AggregateException a ? a.Flatten().InnerExceptions : []).Select(e => e.ToString()));
}
