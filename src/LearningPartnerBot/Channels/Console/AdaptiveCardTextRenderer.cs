using System.Text.Json;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.Channels.Console;

/// <summary>
/// Turns an Adaptive Card's body into plain lines a terminal can show. Buttons and input prompting
/// are the console adapter's job; this class only reads what the card says.
/// </summary>
public sealed class AdaptiveCardTextRenderer
{
    public IReadOnlyList<string> Render(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var lines = new List<string>();
        RenderElements(card["body"], lines);
        return lines;
    }

    private static void RenderElements(JsonNode? elements, List<string> lines)
    {
        foreach (var element in (elements as JsonArray ?? []).OfType<JsonObject>())
        {
            if (element["isVisible"] is JsonValue visible && visible.GetValueKind() == JsonValueKind.False)
            {
                continue;
            }

            RenderElement(element, lines);
        }
    }

    private static void RenderElement(JsonObject element, List<string> lines)
    {
        switch (AdaptiveCardJson.String(element, "type"))
        {
            case "TextBlock":
                AddLine(lines, AdaptiveCardJson.String(element, "text"));
                break;
            case "RichTextBlock":
                AddLine(lines, string.Concat((element["inlines"] as JsonArray ?? []).Select(InlineText)));
                break;
            case "FactSet":
                foreach (var fact in (element["facts"] as JsonArray ?? []).OfType<JsonObject>())
                {
                    lines.Add($"{AdaptiveCardJson.String(fact, "title")}: {AdaptiveCardJson.String(fact, "value")}");
                }

                break;
            case "Image":
                AddLine(lines, AdaptiveCardJson.String(element, "altText"));
                break;
            case "ImageSet":
                RenderElements(element["images"], lines);
                break;
            case "Container" or "Column":
                RenderElements(element["items"], lines);
                break;
            case "ColumnSet":
                RenderElements(element["columns"], lines);
                break;
            case "Table":
                RenderTable(element, lines);
                break;
            case string type when type.StartsWith("Input.", StringComparison.Ordinal):
                // Shown so the partner knows what the form will ask before choosing to submit it.
                AddLine(lines, AdaptiveCardJson.String(element, "label") is { Length: > 0 } label ? "- " + label : null);
                break;
        }
    }

    private static void RenderTable(JsonObject table, List<string> lines)
    {
        foreach (var row in (table["rows"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var cells = (row["cells"] as JsonArray ?? []).OfType<JsonObject>().Select(cell =>
            {
                var cellLines = new List<string>();
                RenderElements(cell["items"], cellLines);
                return string.Join(' ', cellLines);
            });
            AddLine(lines, string.Join(" | ", cells));
        }
    }

    private static string InlineText(JsonNode? inline) => inline switch
    {
        JsonObject run => AdaptiveCardJson.String(run, "text") ?? string.Empty,
        JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
        _ => string.Empty,
    };

    private static void AddLine(List<string> lines, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            lines.Add(text);
        }
    }
}
