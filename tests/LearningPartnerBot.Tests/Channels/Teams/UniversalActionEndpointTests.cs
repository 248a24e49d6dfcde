using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Channels.Teams;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tests.Hosting;
using LearningPartnerBot.Tests.Knowledge;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>Action.Execute through the real messaging endpoint, read as Teams reads the HTTP answer.</summary>
public sealed class UniversalActionEndpointTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private const string Topic = "kpi-requirements-change";

    private readonly HttpClient _client = factory.CreateClient();

    private Task<JsonObject> ExecuteAsync(JsonObject invoke) => ExecuteAsync(_client, invoke);

    private static async Task<JsonObject> ExecuteAsync(HttpClient client, JsonObject invoke)
    {
        var response = await client.PostAsJsonAsync("/api/messages", invoke);

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

        // That topic's card, in Dutch: its question as the heading and its answer below, not the "not sure" card or
        // another topic's answer.
        var dutch = TestKnowledge.Index.Knowledge.Find(Topic)!.Text("nl");
        var texts = body["value"]!["body"]!.AsArray().Select(element => (string?)element?["text"]).ToList();
        Assert.Contains(dutch.Question, texts);
        Assert.Contains(dutch.Answer.Trim(), texts);
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
    public async Task A_redelivered_execute_gets_the_same_answer_and_records_the_vote_once()
    {
        // A vote is an upsert, so counting rows can't tell one run from two; the time of its last write can.
        var clock = new MovableClock();
        using var host = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = host.CreateClient();
        var vote = new JsonObject { ["action"] = "vote", ["topic"] = Topic, ["answerId"] = "answer-redelivered", ["language"] = "en", ["helpful"] = false };
        var invoke = TeamsActivities.Execute("a:execute-redelivered", ExecuteActionRoute.FaqVerb, vote);
        var votedAt = clock.GetUtcNow();

        var first = await ExecuteAsync(client, invoke);
        clock.Advance(TimeSpan.FromSeconds(15));
        var second = await ExecuteAsync(client, invoke);
        var afterRedelivery = await VoteAsync(host, "answer-redelivered");
        invoke["id"] = "f:a-new-click";
        await ExecuteAsync(client, invoke);
        var afterNewClick = await VoteAsync(host, "answer-redelivered");

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(BotStrings.Get(CultureInfo.GetCultureInfo("en")).FaqThanksNotHelpful, second["value"]!.GetValue<string>());
        Assert.Equal(votedAt, afterRedelivery.UpdatedAt);

        // The same check sees a second run: a new click (another activity id) is recorded again.
        Assert.Equal(clock.GetUtcNow(), afterNewClick.UpdatedAt);
    }

    private static async Task<FaqVote> VoteAsync(WebApplicationFactory<Program> host, string answerId)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContextAsync();
        return await db.Votes.AsNoTracking().SingleAsync(v => v.AnswerId == answerId);
    }
}
