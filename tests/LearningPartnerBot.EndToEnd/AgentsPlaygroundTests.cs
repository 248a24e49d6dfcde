using System.Globalization;
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

    [Theory]
    [InlineData("msteams", "default")]
    [InlineData("msteams", "expectReplies")]
    [InlineData("webchat", "default")]
    [InlineData("webchat", "expectReplies")]
    public async Task A_message_sent_in_the_playground_gets_the_bots_answer(string channelId, string deliveryMode)
    {
        await using var playground = await AgentsPlayground.StartAsync(new Uri(fixture.BaseAddress, "/api/messages"), channelId, deliveryMode);

        await playground.SayAsync("hello");
        var shown = await playground.ReadBotMessagesUntilAsync(text => text == English.SmallTalkGreeting);

        Assert.Contains(English.SmallTalkGreeting, shown);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("expectReplies")]
    public async Task A_group_chat_message_that_mentions_the_bot_gets_its_answer(string deliveryMode)
    {
        await using var playground = await AgentsPlayground.StartAsync(new Uri(fixture.BaseAddress, "/api/messages"), "msteams", deliveryMode);

        await playground.SayInGroupChatAsync("hello");
        var shown = await playground.ReadBotMessagesUntilAsync(text => text == English.SmallTalkGreeting);

        Assert.Contains(English.SmallTalkGreeting, shown);
    }
}
