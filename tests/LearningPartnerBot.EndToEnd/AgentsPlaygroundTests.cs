using System.Globalization;
using System.Text.Json.Nodes;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.EndToEnd;

/// <summary>
/// The bot with the M365 Agents Playground as its connector, as a newcomer runs it (README, "Agents Playground"): the
/// playground posts to /api/messages with serviceUrl http://localhost:&lt;port&gt;/_connector and shows what comes back,
/// either through that connector (default delivery) or in the HTTP response (expectReplies).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AgentsPlaygroundTests(BrowserFixture fixture)
{
    private static readonly BotStrings English = BotStrings.Get(CultureInfo.GetCultureInfo("en"));

    /// <summary>The shipped knowledge base (the bot's build copies kb/ here), for the answer a question must get.</summary>
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => FaqIndexLoader.Load(Path.Combine(AppContext.BaseDirectory, "kb")).Knowledge);

    [Theory]
    [InlineData("msteams", "default")]
    [InlineData("msteams", "expectReplies")]
    [InlineData("webchat", "default")]
    [InlineData("webchat", "expectReplies")]
    public async Task A_message_sent_in_the_playground_gets_the_bots_answer(string channelId, string deliveryMode)
    {
        await using var playground = await AgentsPlayground.StartAsync(new Uri(fixture.BaseAddress, "/api/messages"), channelId, deliveryMode);

        await playground.SayAsync("do we need an MCT before we can get the learning action pack");
        var shown = await playground.ReadBotMessagesUntilAsync(IsFaqReply);

        // The question's own topic answers it, not the "not sure" card or a neighbouring topic.
        var card = Assert.Single(shown.Where(IsFaqReply).SelectMany(Cards));
        Assert.Equal(Knowledge.Value.Find("action-pack")!.Text("en").Answer.Trim(), (string?)card["speak"]);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("expectReplies")]
    public async Task A_group_chat_question_that_mentions_the_bot_gets_its_topics_answer(string deliveryMode)
    {
        await using var playground = await AgentsPlayground.StartAsync(new Uri(fixture.BaseAddress, "/api/messages"), "msteams", deliveryMode);

        await playground.SayInGroupChatAsync("do we need an MCT before we can get the learning action pack");
        var shown = await playground.ReadBotMessagesUntilAsync(IsFaqReply);

        var card = Assert.Single(shown.Where(IsFaqReply).SelectMany(Cards));
        Assert.Equal(Knowledge.Value.Find("action-pack")!.Text("en").Answer.Trim(), (string?)card["speak"]);
    }

    /// <summary>An FAQ answer card (it carries votes) or the "not sure" card: what a question gets back.</summary>
    private static bool IsFaqReply(JsonNode message) =>
        Cards(message).Any(card => card.ToJsonString().Contains("\"vote\"", StringComparison.Ordinal) || (string?)card["speak"] == English.FaqNotSure);

    private static IEnumerable<JsonNode> Cards(JsonNode message) =>
        (message["attachments"]?.AsArray() ?? []).Where(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive").Select(a => a!["content"]!);
}
