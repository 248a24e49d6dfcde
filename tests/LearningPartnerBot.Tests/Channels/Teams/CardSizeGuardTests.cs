using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using BotKit.Testing;
using LearningPartnerBot.Channels.Teams;

namespace LearningPartnerBot.Tests.Channels.Teams;

public sealed class CardSizeGuardTests
{
    private static JsonObject Card(int paragraphs) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray([.. Enumerable.Range(1, paragraphs).Select(i => (JsonNode)new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = $"Paragraph {i}: " + string.Concat(Enumerable.Repeat("requirement details ", 10)),
            ["wrap"] = true,
            ["spacing"] = "medium",
            ["weight"] = "bolder",
            ["color"] = "accent",
            ["isSubtle"] = true,
        })]),
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Yes", ["data"] = new JsonObject { ["secret"] = "button-data" } }),
    };

    [Theory]
    [InlineData("x")]
    [InlineData("ş")]
    public void A_message_fits_up_to_the_last_character_of_the_limit_and_not_one_more(string letter)
    {
        // Filled with the letter as far as it goes, then topped up with single-character 'x's, so the message is
        // exactly at the limit as serialized; one more 'x' is one character over.
        var empty = new Activity { Type = ActivityTypes.Message, Text = string.Empty, Locale = "tr-TR" };
        var escaped = JsonSerializer.Serialize(letter, BotJson.Options).Length - 2;
        var free = CardSizeGuard.MaxMessageChars - JsonSerializer.Serialize(empty, BotJson.Options).Length;
        var text = string.Concat(Enumerable.Repeat(letter, free / escaped)) + new string('x', free % escaped);
        var atLimit = new Activity { Type = ActivityTypes.Message, Text = text, Locale = "tr-TR" };
        var over = new Activity { Type = ActivityTypes.Message, Text = text + "x", Locale = "tr-TR" };

        Assert.Equal(CardSizeGuard.MaxMessageChars, JsonSerializer.Serialize(atLimit, BotJson.Options).Length);
        Assert.Equal(CardSizeGuard.MaxMessageChars + 1, JsonSerializer.Serialize(over, BotJson.Options).Length);
        Assert.True(CardSizeGuard.Fits(atLimit));
        Assert.False(CardSizeGuard.Fits(over));
    }

    private static async Task<Activity> SendThroughGuardAsync(JsonObject card, string locale)
    {
        var adapter = new TestAdapter(BotKit.Schema.Channels.Msteams) { Locale = locale };
        adapter.Use(new CardSizeGuard());
        await adapter.SendTextToBotAsync("show the requirements", (ctx, ct) =>
            ctx.SendActivityAsync(MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }), ct));
        return adapter.GetNextReply()!;
    }

    [Fact]
    public async Task An_oversized_card_arrives_as_its_text_under_the_teams_limit_with_a_note_in_the_partners_language()
    {
        var card = Card(paragraphs: 400);
        Assert.True(card.ToJsonString().Length > CardSizeGuard.MaxMessageChars);

        var reply = await SendThroughGuardAsync(card, "nl-NL");

        Assert.Null(reply.Attachments);
        Assert.StartsWith(TeamsStrings.Get(CultureInfo.GetCultureInfo("nl")).CardTooLarge, reply.Text, StringComparison.Ordinal);
        Assert.Contains("Paragraph 1: requirement details", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("button-data", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", reply.Text, StringComparison.Ordinal);
        Assert.True(JsonSerializer.Serialize(reply, BotJson.Options).Length <= CardSizeGuard.MaxMessageChars);
    }

    [Fact]
    public async Task A_card_somewhat_over_the_limit_keeps_all_of_its_text()
    {
        var reply = await SendThroughGuardAsync(Card(paragraphs: 100), "tr-TR");

        Assert.Null(reply.Attachments);
        Assert.Contains("Paragraph 100: requirement details", reply.Text, StringComparison.Ordinal);
        Assert.StartsWith(TeamsStrings.Get(CultureInfo.GetCultureInfo("tr")).CardTooLarge, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_fallback_shows_what_the_reader_saw_not_hidden_parts_or_choice_values()
    {
        var card = Card(120);
        var body = card["body"]!.AsArray();
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "Hidden detail", ["isVisible"] = false });
        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = "country",
            ["choices"] = new JsonArray(new JsonObject { ["title"] = "Netherlands", ["value"] = "internal-NL" }),
        });

        var reply = await SendThroughGuardAsync(card, "en-US");

        Assert.Null(reply.Attachments);
        Assert.DoesNotContain("Hidden detail", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("internal-NL", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_card_within_the_limit_is_sent_as_it_is()
    {
        var card = Card(paragraphs: 5);

        var reply = await SendThroughGuardAsync(card, "en-US");

        Assert.Same(card, Assert.Single(reply.Attachments!).Content);
        Assert.Null(reply.Text);
    }
}
