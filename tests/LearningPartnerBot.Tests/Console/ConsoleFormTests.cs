using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;

namespace LearningPartnerBot.Tests.Console;

public class ConsoleFormTests
{
    private const string SignupCard = """
        {
          "type": "AdaptiveCard", "version": "1.5",
          "body": [
            { "type": "TextBlock", "text": "Sign up" },
            { "type": "Input.Text", "id": "name", "label": "Your name", "isRequired": true },
            { "type": "Input.Number", "id": "seats", "placeholder": "Number of seats", "value": 5 },
            { "type": "Input.ChoiceSet", "id": "tier", "label": "Tier", "choices": [
              { "title": "Gold", "value": "gold" }, { "title": "Silver", "value": "silver" } ] },
            { "type": "Input.Toggle", "id": "agree", "title": "I accept the terms", "valueOn": "yes-please", "valueOff": "no-thanks" },
            { "type": "Input.Date", "id": "start", "label": "Start date" }
          ],
          "actions": [
            { "type": "Action.Submit", "title": "Send", "data": { "form": "signup" } },
            { "type": "Action.Submit", "title": "Cancel", "associatedInputs": "none", "data": { "form": "cancelled" } }
          ]
        }
        """;

    private static readonly Func<ITurnContext, Task> SendSignupCard = turn =>
        turn.Activity.IsType(ActivityTypes.ConversationUpdate)
            ? turn.SendActivityAsync(MessageFactory.Attachment(new Attachment
            {
                ContentType = ContentTypes.AdaptiveCard,
                Content = JsonDocument.Parse(SignupCard).RootElement.Clone(),
            }))
            : Task.CompletedTask;

    [Fact]
    public async Task Submitting_asks_each_field_in_turn_and_posts_the_merged_values()
    {
        var bot = new RecordingBot(SendSignupCard);

        var output = await ConsoleChatTests.ChatAsync(bot, "1\nAda\n\n2\nyes\n2025-01-31");

        var value = Assert.IsType<JsonElement>(Assert.Single(bot.Messages).Value);
        Assert.Equal(
            """{"form":"signup","name":"Ada","seats":"5","tier":"silver","agree":"yes-please","start":"2025-01-31"}""",
            value.GetRawText());
        var text = ConsoleChatTests.Normalize(output);
        Assert.True(
            text.IndexOf("Your name (required)", StringComparison.Ordinal) < text.IndexOf("Number of seats [default: 5]", StringComparison.Ordinal)
            && text.IndexOf("Number of seats", StringComparison.Ordinal) < text.IndexOf("Tier\n  1. Gold\n  2. Silver", StringComparison.Ordinal)
            && text.IndexOf("  2. Silver", StringComparison.Ordinal) < text.IndexOf("I accept the terms (yes/no)", StringComparison.Ordinal),
            text);
    }

    [Fact]
    public async Task Empty_required_field_is_asked_again()
    {
        var bot = new RecordingBot(SendSignupCard);

        var output = await ConsoleChatTests.ChatAsync(bot, "1\n\n\nAda\n\n1\nno\n2025-02-01");

        Assert.Equal(2, CountOf(output, "This field is required."));
        var value = Assert.IsType<JsonElement>(Assert.Single(bot.Messages).Value);
        Assert.Equal("Ada", value.GetProperty("name").GetString());
        Assert.Equal("no-thanks", value.GetProperty("agree").GetString());
    }

    [Fact]
    public async Task Invalid_answers_are_explained_and_asked_again()
    {
        var bot = new RecordingBot(SendSignupCard);

        var output = await ConsoleChatTests.ChatAsync(bot, "1\nAda\nmany\n12\n3\nGold\nmaybe\ny\n31/01/2025\n2025-01-31");

        Assert.Contains("Please enter a number.", output, StringComparison.Ordinal);
        Assert.Contains("Please choose one of the numbers shown.", output, StringComparison.Ordinal);
        Assert.Contains("Please answer yes or no.", output, StringComparison.Ordinal);
        Assert.Contains("Please enter a date as YYYY-MM-DD.", output, StringComparison.Ordinal);
        var value = Assert.IsType<JsonElement>(Assert.Single(bot.Messages).Value);
        Assert.Equal("12", value.GetProperty("seats").GetString());
        Assert.Equal("gold", value.GetProperty("tier").GetString());
    }

    [Fact]
    public async Task A_submit_without_associated_inputs_posts_at_once()
    {
        var bot = new RecordingBot(SendSignupCard);

        await ConsoleChatTests.ChatAsync(bot, "2");

        Assert.Equal("""{"form":"cancelled"}""", Assert.IsType<JsonElement>(Assert.Single(bot.Messages).Value).GetRawText());
    }

    [Fact]
    public async Task Form_prompts_speak_the_users_language()
    {
        var bot = new RecordingBot(SendSignupCard);

        var output = await ConsoleChatTests.ChatAsync(bot, "1\n\nAda\n\n1\nj\n2025-01-31", locale: "nl");

        Assert.Contains("Kies een nummer of typ een bericht.", output, StringComparison.Ordinal);
        Assert.Contains("Your name (verplicht)", output, StringComparison.Ordinal);
        Assert.Contains("Dit veld is verplicht.", output, StringComparison.Ordinal);
        Assert.Contains("I accept the terms (ja/nee)", output, StringComparison.Ordinal);
        Assert.Equal("yes-please", Assert.IsType<JsonElement>(Assert.Single(bot.Messages).Value).GetProperty("agree").GetString());
    }

    [Fact]
    public async Task Input_ending_mid_form_ends_the_chat_without_a_half_filled_submit()
    {
        var bot = new RecordingBot(SendSignupCard);

        await ConsoleChatTests.ChatAsync(bot, "1\nAda");

        Assert.Empty(bot.Messages);
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
