using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;

namespace LearningPartnerBot.Channels.Console;

/// <summary>
/// A numbered button on screen and the message choosing it posts: its text, its value, and the card
/// inputs to ask for first (merged into the value, as a card's submit would).
/// </summary>
internal sealed record ConsoleOption(string Title, string? Text, JsonNode? Value, IReadOnlyList<CardInputField> Inputs)
{
    /// <summary>A suggested action or hero-card button. Null for kinds a console can't perform (openUrl is printed, not chosen).</summary>
    public static ConsoleOption? FromCardAction(CardAction action)
    {
        var title = action.Title ?? AdaptiveCardJson.Text(ToNode(action.Value)) ?? string.Empty;
        return action.Type switch
        {
            ActionTypes.ImBack or ActionTypes.PostBack => new ConsoleOption(title, AdaptiveCardJson.Text(ToNode(action.Value)), null, []),
            ActionTypes.MessageBack => new ConsoleOption(title, action.Text, ToNode(action.Value), []),
            _ => null,
        };
    }

    /// <summary>An Action.Submit of <paramref name="card"/>. Null for other action types.</summary>
    public static ConsoleOption? FromAdaptiveAction(JsonObject action, JsonObject card)
    {
        if (AdaptiveCardJson.String(action, "type") != "Action.Submit" || action["isEnabled"] is JsonValue enabled && enabled.GetValueKind() == JsonValueKind.False)
        {
            return null;
        }

        var title = AdaptiveCardJson.String(action, "title") ?? string.Empty;
        var inputs = AdaptiveCardJson.String(action, "associatedInputs") is { } associated
            && string.Equals(associated, "none", StringComparison.OrdinalIgnoreCase)
            ? []
            : CardInputField.AllIn(card);
        var data = action["data"];

        if (data is JsonObject dataObject && dataObject["msteams"] is JsonObject teams)
        {
            return FromTeamsAction(title, dataObject, teams, inputs);
        }

        // Web Chat posts string data as the message text, and object data as the value.
        return data is JsonValue text && text.GetValueKind() == JsonValueKind.String
            ? new ConsoleOption(title, text.GetValue<string>(), null, inputs)
            : new ConsoleOption(title, null, data?.DeepClone(), inputs);
    }

    /// <summary>Teams reads the msteams block of submit data (imBack / messageBack) and leaves the rest as the value.</summary>
    private static ConsoleOption FromTeamsAction(string title, JsonObject data, JsonObject teams, IReadOnlyList<CardInputField> inputs)
    {
        var value = (JsonObject)data.DeepClone();
        value.Remove("msteams");
        return AdaptiveCardJson.String(teams, "type") switch
        {
            "imBack" => new ConsoleOption(title, AdaptiveCardJson.Text(teams["value"]), null, inputs),
            "messageBack" => new ConsoleOption(title, AdaptiveCardJson.String(teams, "text"), teams["value"]?.DeepClone() ?? value, inputs),
            _ => new ConsoleOption(title, null, value, inputs),
        };
    }

    /// <summary>The message activity choosing this option posts, with the form's answers merged into the value.</summary>
    public Activity ToActivity(JsonObject? answers)
    {
        var value = Value;
        if (answers is { Count: > 0 })
        {
            var merged = Value is JsonObject data ? (JsonObject)data.DeepClone() : [];
            foreach (var (id, answer) in answers)
            {
                merged[id] = answer?.DeepClone();
            }

            value = merged;
        }

        return new Activity { Type = ActivityTypes.Message, Text = Text, Value = value };
    }

    private static JsonNode? ToNode(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, BotJson.Options);
}
