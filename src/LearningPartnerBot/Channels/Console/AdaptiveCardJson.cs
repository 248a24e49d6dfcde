using System.Text.Json;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.Channels.Console;

/// <summary>Tolerant reads from card JSON, which comes from any bot and may have any shape.</summary>
internal static class AdaptiveCardJson
{
    public static string? String(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static double? Number(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<double>() : null;

    public static bool IsTrue(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>A value as the text a card input would hold: strings as they are, anything else as JSON.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>Every element of the card in document order, descending into containers, columns and table cells.</summary>
    public static IEnumerable<JsonObject> Elements(JsonObject card) => Descend(card["body"]);

    private static IEnumerable<JsonObject> Descend(JsonNode? elements)
    {
        foreach (var element in (elements as JsonArray ?? []).OfType<JsonObject>())
        {
            yield return element;
            var children = element["items"] ?? element["columns"];
            foreach (var child in Descend(children))
            {
                yield return child;
            }

            foreach (var row in (element["rows"] as JsonArray ?? []).OfType<JsonObject>())
            {
                foreach (var cell in (row["cells"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    foreach (var child in Descend(cell["items"]))
                    {
                        yield return child;
                    }
                }
            }
        }
    }
}
