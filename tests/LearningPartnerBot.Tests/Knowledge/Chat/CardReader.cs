using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;

namespace LearningPartnerBot.Tests.Knowledge.Chat;

/// <summary>Reads a sent Adaptive Card the way a channel would: its buttons, and what clicking one posts back.</summary>
internal static class CardReader
{
    public static JsonObject Card(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments ?? []);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content))!.AsObject();
    }

    public static IReadOnlyList<JsonObject> Buttons(JsonObject card) =>
        [.. Descendants(card).Where(o => o["type"]?.GetValue<string>() is "Action.Submit" or "Action.OpenUrl")];

    public static IReadOnlyList<JsonObject> FaqButtons(JsonObject card, string action) =>
        [.. Buttons(card).Where(b => b["data"]?["faq"]?["action"]?.GetValue<string>() == action)];

    /// <summary>The message Web Chat posts when the button is clicked: no text, the button's data as value.</summary>
    public static Activity Click(JsonObject button) => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonSerializer.SerializeToElement(button["data"]),
    };

    /// <summary>The topic an answer card answers (its vote buttons carry it).</summary>
    public static string AnsweredTopic(Activity reply) =>
        FaqButtons(Card(reply), "vote")[0]["data"]!["faq"]!["topic"]!.GetValue<string>();

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Descendants(p.Value)))
                {
                    yield return child;
                }

                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }

                break;
        }
    }
}
