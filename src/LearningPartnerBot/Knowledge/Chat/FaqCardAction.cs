using System.Text.Json;
using BotKit.Schema;

namespace LearningPartnerBot.Knowledge.Chat;

/// <summary>
/// What a button on an FAQ card asks for, read from the submit's <c>value.faq</c>. Buttons carry ids, never
/// localized titles, so a click means the same thing in every language and channel.
/// </summary>
public sealed record FaqCardAction(string Action, string? Topic, string? AnswerId, string? Language, bool? Helpful, string? Request, string? Question = null)
{
    public const string Show = "show";
    public const string Vote = "vote";
    public const string File = "file";
    public const string Support = "support";

    private static readonly string[] Known = [Show, Vote, File, Support];

    public static FaqCardAction? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not JsonElement { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("faq", out var faq)
            || faq.ValueKind != JsonValueKind.Object
            || Text(faq, "action") is not { } action
            || !Known.Contains(action))
        {
            return null;
        }

        bool? helpful = faq.TryGetProperty("helpful", out var h) && h.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? h.GetBoolean()
            : null;
        return new FaqCardAction(
            action, Text(faq, "topic"), Text(faq, "answerId"), Text(faq, "language"), helpful, Text(faq, "request"), Text(faq, "question", FaqCards.MaxAskedLength));
    }

    private static string? Text(JsonElement element, string name, int maxLength = 256) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String && property.GetString() is { Length: > 0 } text
            ? (text.Length <= maxLength ? text : null)
            : null;
}
