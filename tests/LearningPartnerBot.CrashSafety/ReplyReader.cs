using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.CrashSafety;

/// <summary>Reads the bot's replies the way a partner reads them: the reference in a message, the buttons on a card.</summary>
internal static partial class ReplyReader
{
    public static IEnumerable<string> References(string text) => ReferencePattern().Matches(text).Select(m => m.Value);

    /// <summary>The ticket reference a reply names, or null.</summary>
    public static string? Reference(IReadOnlyList<JsonObject> replies) =>
        replies.Select(r => r["text"]?.GetValue<string>()).OfType<string>().SelectMany(References).FirstOrDefault();

    /// <summary>
    /// The data of the request-form button with <paramref name="action"/> ("submit", "send") on the newest card that
    /// has one, as the client would post it back; null when no reply carries such a button.
    /// </summary>
    public static JsonObject? Button(IReadOnlyList<JsonObject> replies, string action)
    {
        for (var i = replies.Count - 1; i >= 0; i--)
        {
            var attachments = replies[i]["attachments"]?.AsArray() ?? [];
            foreach (var content in attachments.Select(a => a?["content"]))
            {
                if (Objects(content).Select(o => o["data"]).OfType<JsonObject>()
                    .FirstOrDefault(data => data["request"]?["action"]?.GetValue<string>() == action) is { } found)
                {
                    return found.DeepClone().AsObject();
                }
            }
        }

        return null;
    }

    /// <summary>What the replies said, short enough for a violation line.</summary>
    public static string Describe(IReadOnlyList<JsonObject> replies)
    {
        if (replies.Count == 0)
        {
            return "no reply";
        }

        var parts = replies.Select(r => r["text"]?.GetValue<string>()
            ?? (r["attachments"] is JsonArray { Count: > 0 } ? "[card]" : $"[{r["type"]?.GetValue<string>()}]"));
        var text = string.Join(" | ", parts);
        return text.Length <= 240 ? text : text[..240] + "…";
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Objects(p.Value))),
        JsonArray array => array.SelectMany(Objects),
        _ => [],
    };

    [GeneratedRegex(@"LP-\d{4}-\d{6}")]
    private static partial Regex ReferencePattern();
}
