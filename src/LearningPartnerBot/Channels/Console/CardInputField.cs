using System.Text.Json.Nodes;

namespace LearningPartnerBot.Channels.Console;

/// <summary>One input of an Adaptive Card form (Input.Text, Input.Number, Input.Date, Input.Toggle, Input.ChoiceSet).</summary>
internal sealed record CardInputField(
    string Id,
    string Type,
    string Question,
    bool IsRequired,
    string? DefaultValue,
    IReadOnlyList<CardChoice> Choices,
    bool IsMultiSelect,
    string ValueOn,
    string ValueOff)
{
    public const string Text = "Input.Text";
    public const string Number = "Input.Number";
    public const string Date = "Input.Date";
    public const string Toggle = "Input.Toggle";
    public const string ChoiceSet = "Input.ChoiceSet";

    private static readonly HashSet<string> KnownTypes = [Text, Number, Date, Toggle, ChoiceSet];

    /// <summary>The inputs of a card in the order a reader meets them.</summary>
    public static IReadOnlyList<CardInputField> AllIn(JsonObject card) =>
    [
        .. AdaptiveCardJson.Elements(card)
            .Where(e => AdaptiveCardJson.String(e, "type") is { } type && KnownTypes.Contains(type))
            .Select(FromElement)
            .OfType<CardInputField>(),
    ];

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
            AdaptiveCardJson.String(element, "valueOff") ?? "false");
    }
}

internal sealed record CardChoice(string Title, string Value);
