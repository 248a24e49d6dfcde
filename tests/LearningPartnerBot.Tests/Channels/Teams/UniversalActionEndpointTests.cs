using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Channels.Teams;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>Action.Execute through the real messaging endpoint, read as Teams reads the HTTP answer.</summary>
public sealed class UniversalActionEndpointTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private const string Topic = "kpi-requirements-change";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonObject> ExecuteAsync(JsonObject invoke)
    {
        var response = await _client.PostAsJsonAsync("/api/messages", invoke);

        // Universal Actions always answer HTTP 200; success or failure is in the body's statusCode.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("nl-NL", "nl")]
    [InlineData("tr-TR", "tr")]
    public async Task A_vote_is_answered_with_the_thank_you_as_the_cards_message(string locale, string language)
    {
        var vote = new JsonObject { ["faq"] = new JsonObject { ["action"] = "vote", ["topic"] = Topic, ["answerId"] = "answer-" + language, ["language"] = language, ["helpful"] = true } };

        var body = await ExecuteAsync(TeamsActivities.Execute("a:execute-vote-" + language, ExecuteActionRoute.FaqVerb, vote, locale));

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.GetValue<string>());
        Assert.Equal(BotStrings.Get(CultureInfo.GetCultureInfo(language)).FaqThanksHelpful, body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Showing_a_related_topic_replaces_the_card_with_that_topics_answer_card()
    {
        var show = new JsonObject { ["action"] = "show", ["topic"] = Topic, ["language"] = "nl" };

        var body = await ExecuteAsync(TeamsActivities.Execute("a:execute-show", ExecuteActionRoute.FaqVerb, show, "nl-NL"));

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", body["value"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_eligibility_journey_answers_with_its_card()
    {
        var body = await ExecuteAsync(TeamsActivities.Execute("a:execute-journey", ExecuteActionRoute.JourneyVerb, new JsonObject { ["journey"] = "eligibility" }, "tr-TR"));

        // The Teams user is not linked to a partner in this empty database, so the card says so, in Turkish.
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains(EligibilityChatStrings.Get(CultureInfo.GetCultureInfo("tr")).UnmappedTitle, body["value"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> UnknownActions => new()
    {
        { "nl-NL", "deleteEverything", "Action.Execute" },
        { "tr-TR", ExecuteActionRoute.FaqVerb, "Action.Execute" },
        { "en-US", ExecuteActionRoute.JourneyVerb, "Action.Submit" },
    };

    [Theory]
    [MemberData(nameof(UnknownActions))]
    public async Task An_action_the_bot_does_not_know_gets_a_localized_error_not_a_crash(string locale, string verb, string actionType)
    {
        var data = new JsonObject { ["action"] = "explode", ["journey"] = "unknown" };

        var body = await ExecuteAsync(TeamsActivities.Execute("a:execute-unknown-" + verb, verb, data, locale, actionType));

        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("NotSupported", body["value"]!["code"]!.GetValue<string>());
        Assert.Equal(TeamsStrings.Get(LocaleResolver.Resolve(new BotKit.Schema.Activity { Locale = locale })).ActionNotSupported, body["value"]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_redelivered_execute_gets_the_same_answer_instead_of_none()
    {
        var vote = new JsonObject { ["action"] = "vote", ["topic"] = Topic, ["answerId"] = "answer-redelivered", ["language"] = "en", ["helpful"] = false };
        var invoke = TeamsActivities.Execute("a:execute-redelivered", ExecuteActionRoute.FaqVerb, vote);

        var first = await ExecuteAsync(invoke);
        var second = await ExecuteAsync(invoke);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(BotStrings.Get(CultureInfo.GetCultureInfo("en")).FaqThanksNotHelpful, second["value"]!.GetValue<string>());
    }
}
