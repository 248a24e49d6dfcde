using System.Text.Json;
using BotKit.Schema;

namespace LearningPartnerBot.Dialogs;

/// <summary>The three things a partner can do with the bot; the ids are what cards post back.</summary>
public enum Journey
{
    Faq,
    Eligibility,
    Requests,
}

public static class Journeys
{
    public static string IdOf(Journey journey) => journey switch
    {
        Journey.Faq => "faq",
        Journey.Eligibility => "eligibility",
        Journey.Requests => "requests",
        _ => throw new ArgumentOutOfRangeException(nameof(journey)),
    };

    public static Journey? Parse(string? id) => id?.Trim().ToLowerInvariant() switch
    {
        "faq" => Journey.Faq,
        "eligibility" => Journey.Eligibility,
        "requests" => Journey.Requests,
        _ => null,
    };

    /// <summary>The journey a card button asked for (Action.Submit data {"journey": "…"}), if any.</summary>
    public static Journey? FromCardSubmit(Activity activity) =>
        activity.Value is JsonElement { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("journey", out var journey)
        && journey.ValueKind == JsonValueKind.String
            ? Parse(journey.GetString())
            : null;
}
