using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotKit.Schema;

/// <summary>The value of an <c>adaptiveCard/action</c> invoke (Universal Actions, Action.Execute).</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }
    public JsonElement? Authentication { get; set; }
    public string? State { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Verb { get; set; }
    public JsonElement? Data { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>
/// The body of an <c>adaptiveCard/action</c> invoke response: a card to show in place of the old one,
/// a message, or an error (Teams "Universal Actions" response types).
/// </summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;
    public string? Type { get; set; }
    public object? Value { get; set; }

    public static AdaptiveCardInvokeResponse Card(object card) => new() { StatusCode = 200, Type = CardType, Value = card };

    public static AdaptiveCardInvokeResponse Message(string text) => new() { StatusCode = 200, Type = MessageType, Value = text };

    public static AdaptiveCardInvokeResponse Error(string code, string message, int statusCode = 400) =>
        new() { StatusCode = statusCode, Type = ErrorType, Value = new Error { Code = code, Message = message } };
}
