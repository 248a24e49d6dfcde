using System.Text.Json.Nodes;

namespace LearningPartnerBot.Channels.Console;

/// <summary>
/// One input of an Adaptive Card form (Input.Text, Input.Number, Input.Date, Input.Toggle, Input.ChoiceSet), with the
/// card's own validation (regex, min/max and the errorMessage that explains them) and <see cref="Problem"/>: the
/// bot's message about the value, shown as the card shows it, in an "Attention" text right under the input.
/// </summary>
internal sealed record CardInputField(
    string Id,
    string Type,
    string Question,
    bool IsRequired,
    string? DefaultValue,
    IReadOnlyList<CardChoice> Choices,
    bool IsMultiSelect,
    string ValueOn,
    string ValueOff,
    string? Pattern = null,
    double? Min = null,
    double? Max = null,
    string? ErrorMessage = null,
    string? Problem = null)
{
    public const string Text = "Input.Text";
    public const string Number = "Input.Number";
    public const string Date = "Input.Date";
    public const string Toggle = "Input.Toggle";
    public const string ChoiceSet = "Input.ChoiceSet";

    private static readonly HashSet<string> KnownTypes = [Text, Number, Date, Toggle, ChoiceSet];

    /// <summary>The inputs of a card in the order a reader meets them, each with the problem shown under it, if any.</summary>
    public static IReadOnlyList<CardInputField> AllIn(JsonObject card)
    {
        var fields = new List<CardInputField>();
        var underInput = false;
        foreach (var element in AdaptiveCardJson.Elements(card))
        {
            var type = AdaptiveCardJson.String(element, "type");
            if (type is not null && KnownTypes.Contains(type))
            {
                var field = FromElement(element);
                if (field is not null)
                {
                    fields.Add(field);
                }

                underInput = field is not null;
            }
            else if (underInput && type == "TextBlock" && IsProblem(element))
            {
                fields[^1] = fields[^1] with { Problem = AdaptiveCardJson.String(element, "text") };
                underInput = false;
            }
            else
            {
                underInput = false;
            }
        }

        return fields;
    }

    /// <summary>The message a form shows under a field it refused: an "Attention" text set tight against the input.</summary>
    private static bool IsProblem(JsonObject element) =>
        string.Equals(AdaptiveCardJson.String(element, "color"), "Attention", StringComparison.OrdinalIgnoreCase)
        && string.Equals(AdaptiveCardJson.String(element, "spacing"), "None", StringComparison.OrdinalIgnoreCase);

    private static CardInputField? FromElement(JsonObject element)
    {
        if (AdaptiveCardJson.String(element, "id") is not { Length: > 0 } id)
        {
            return null;
        }

        var type = AdaptiveCardJson.String(element, "type")!;
        var question = AdaptiveCardJson.String(element, "label")
            ?? AdaptiveCardJson.String(element, "title")
            ?? AdaptiveCardJson.String(element, "placeholder")
            ?? id;
        var choices = (element["choices"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(c => new CardChoice(AdaptiveCardJson.String(c, "title") ?? string.Empty, AdaptiveCardJson.String(c, "value") ?? string.Empty))
            .ToList();

        return new CardInputField(
            id,
            type,
            question,
            AdaptiveCardJson.IsTrue(element, "isRequired"),
            AdaptiveCardJson.Text(element["value"]),
            choices,
            AdaptiveCardJson.IsTrue(element, "isMultiSelect"),
            AdaptiveCardJson.String(element, "valueOn") ?? "true",
            AdaptiveCardJson.String(element, "valueOff") ?? "false",
            AdaptiveCardJson.String(element, "regex"),
            AdaptiveCardJson.Number(element, "min"),
            AdaptiveCardJson.Number(element, "max"),
            AdaptiveCardJson.String(element, "errorMessage"));
    }
}

internal sealed record CardChoice(string Title, string Value);
