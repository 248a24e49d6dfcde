using System.Text.Json;
using BotKit.Schema;

namespace LearningPartnerBot.Conversation;

/// <summary>
/// The three things a partner can do. Cards post these ids as <c>value.journey</c> (and, in Teams, as the
/// message text), so routing never depends on a button's localized title.
/// </summary>
public static class Journeys
{
    public const string Faq = "faq";
    public const string Eligibility = "eligibility";
    public const string Requests = "requests";

    /// <summary>Buttons that open these in the personal chat (from a Teams channel or group chat) post them as journeys too.</summary>
    public const string MyRequests = "my-requests";
    public const string Person = "person";

    public static IReadOnlyList<string> All { get; } = [Faq, Eligibility, Requests];

    /// <summary>The journey id, or null when <paramref name="id"/> is not one.</summary>
    public static string? Parse(string? id) =>
        All.FirstOrDefault(j => string.Equals(j, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The journey a card button asked for (Action.Submit data {"journey": "…"}), if any.</summary>
    public static string? FromCardSubmit(Activity activity) =>
        activity.Value is JsonElement { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("journey", out var journey)
        && journey.ValueKind == JsonValueKind.String
            ? Parse(journey.GetString())
            : null;
}
