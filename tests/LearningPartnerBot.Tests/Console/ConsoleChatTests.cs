using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Channels.Console;
using LearningPartnerBot.Localization;
using ChannelIds = BotKit.Schema.Channels;

namespace LearningPartnerBot.Tests.Console;

public class ConsoleChatTests
{
    private static readonly Func<ITurnContext, Task> GreetWithChoices = async turn =>
    {
        if (turn.Activity.IsType(ActivityTypes.ConversationUpdate))
        {
            var reply = MessageFactory.SuggestedActions(["Alpha", "Beta"], "Hello there");
            reply.SuggestedActions!.Actions.Add(new CardAction(ActionTypes.OpenUrl, "Docs", "https://learn.microsoft.com"));
            await turn.SendActivityAsync(reply);
        }
        else
        {
            await turn.SendActivityAsync($"You said: {turn.Activity.Text}");
        }
    };

    [Fact]
    public async Task Bot_greets_first_when_the_console_user_joins()
    {
        var bot = new RecordingBot(GreetWithChoices);

        var output = await ChatAsync(bot, "", locale: "nl-BE");

        var greeting = Assert.Single(bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, greeting.Type);
        Assert.Equal(ConsoleAdapter.UserId, Assert.Single(greeting.MembersAdded!).Id);
        Assert.Equal(ChannelIds.Console, greeting.ChannelId);
        Assert.Equal("nl-BE", greeting.Locale);
        Assert.Contains("Hello there", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_are_numbered_and_links_printed()
    {
        var output = await ChatAsync(new RecordingBot(GreetWithChoices), "");

        Assert.Contains("[1] Alpha", output, StringComparison.Ordinal);
        Assert.Contains("[2] Beta", output, StringComparison.Ordinal);
        Assert.Contains("Docs <https://learn.microsoft.com>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[3]", output, StringComparison.Ordinal);
        Assert.Contains("Choose a number or type a message.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_a_number_posts_that_buttons_value()
    {
        var bot = new RecordingBot(GreetWithChoices);

        var output = await ChatAsync(bot, "2");

        Assert.Equal("Beta", Assert.Single(bot.Messages).Text);
        Assert.Contains("You said: Beta", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_text_is_sent_as_typed()
    {
        var bot = new RecordingBot(GreetWithChoices);

        await ChatAsync(bot, "  how do tiers work?  \n\n7");

        Assert.Equal(["how do tiers work?", "7"], bot.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task Only_the_latest_replys_buttons_can_be_chosen()
    {
        var bot = new RecordingBot(GreetWithChoices);

        // The echo after "hello" has no buttons, so "1" is an answer, not the old "Alpha" button.
        await ChatAsync(bot, "hello\n1");

        Assert.Equal(["hello", "1"], bot.Messages.Select(m => m.Text));
    }

    [Theory]
    [InlineData("exit")]
    [InlineData("QUIT")]
    public async Task Exit_ends_the_chat(string command)
    {
        var bot = new RecordingBot(GreetWithChoices);

        var output = await ChatAsync(bot, $"{command}\nhello");

        Assert.Empty(bot.Messages);
        Assert.Contains("Goodbye!", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_a_welcome_card_button_posts_its_journey_like_teams()
    {
        var strings = BotStrings.Get(SupportedLocales.Default);
        var bot = new RecordingBot(async turn =>
        {
            if (turn.Activity.IsType(ActivityTypes.ConversationUpdate))
            {
                await turn.SendActivityAsync(MessageFactory.Attachment(WelcomeCard.Create(new CardLibrary(), strings)));
            }
        });

        var output = await ChatAsync(bot, "2");

        Assert.Contains(strings.WelcomeTitle, output, StringComparison.Ordinal);
        Assert.Contains($"[2] {strings.EligibilityTitle}", output, StringComparison.Ordinal);
        var message = Assert.Single(bot.Messages);
        Assert.Equal(Journeys.Eligibility, message.Text);
        var value = Assert.IsType<JsonElement>(message.Value);
        Assert.Equal(Journeys.Eligibility, value.GetProperty("journey").GetString());
        Assert.False(value.TryGetProperty("msteams", out _));
    }

    [Fact]
    public async Task Adaptive_card_body_reads_as_text()
    {
        const string card = """
            {
              "type": "AdaptiveCard", "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "Your tier" },
                { "type": "ColumnSet", "columns": [
                  { "type": "Column", "items": [ { "type": "Image", "url": "https://x/y.png", "altText": "Gold badge" } ] },
                  { "type": "Column", "items": [ { "type": "Container", "items": [
                    { "type": "FactSet", "facts": [ { "title": "Tier", "value": "Gold" }, { "title": "Learners", "value": "42" } ] } ] } ] } ] },
                { "type": "RichTextBlock", "inlines": [ "Renew by ", { "type": "TextRun", "text": "June" } ] },
                { "type": "TextBlock", "text": "hidden", "isVisible": false }
              ]
            }
            """;
        var bot = new RecordingBot(turn => turn.SendActivityAsync(MessageFactory.Attachment(AdaptiveCard(card))));

        var output = await ChatAsync(bot, "");

        Assert.Contains("Your tier\nGold badge\nTier: Gold\nLearners: 42\nRenew by June\n", Normalize(output), StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", output, StringComparison.Ordinal);
    }

    private static Attachment AdaptiveCard(string json) =>
        new() { ContentType = ContentTypes.AdaptiveCard, Content = JsonDocument.Parse(json).RootElement.Clone() };

    internal static async Task<string> ChatAsync(IBot bot, string input, string? locale = null)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        await new ConsoleAdapter(reader, writer, locale).RunAsync(bot, CancellationToken.None);
        return writer.ToString();
    }

    internal static string Normalize(string output) => output.Replace("\r\n", "\n", StringComparison.Ordinal);
}
