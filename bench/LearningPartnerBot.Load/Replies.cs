using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Load;

/// <summary>
/// Tells whether a turn's reply (an ExpectedReplies body) is the kind the journey expects. The frequent checks look for
/// a marker in the raw bytes, so checking costs the shared CPU next to nothing; the form turns parse the card.
/// </summary>
internal static partial class Replies
{
    /// <summary>An FAQ answer card: only it carries the 👍/👎 vote buttons (the "not sure" card has none).</summary>
    public static bool IsFaqAnswer(byte[] body) => body.AsSpan().IndexOf("\"vote\""u8) >= 0;

    /// <summary>
    /// What a question gets from the bot: an answer card, or, when the bot is not sure or the question is outside the
    /// program, a message saying so. Either is a correct reply to traffic that includes questions the FAQ cannot answer.
    /// </summary>
    public static bool IsFaqReply(byte[] body) => body.AsSpan().IndexOf("\"type\":\"message\""u8) >= 0;

    /// <summary>
    /// The bot now waits for an answer to a step of its own: a prompt (which says so with its input hint) or a form.
    /// </summary>
    public static bool WaitsForAnAnswer(byte[] body) =>
        body.AsSpan().IndexOf("\"inputHint\":\"expectingInput\""u8) >= 0 || body.AsSpan().IndexOf("\"action\":\"submit\""u8) >= 0;

    /// <summary>What the bare endpoint answers: one message activity.</summary>
    public static bool IsBareReply(byte[] body) =>
        body.AsSpan().IndexOf("\"activities\":[{"u8) >= 0 && body.AsSpan().IndexOf("\"type\":\"message\""u8) >= 0;

    /// <summary>The competency question, with the demo data's Cloud Platform among the choices.</summary>
    public static bool IsCompetencyPrompt(byte[] body) => body.AsSpan().IndexOf("Cloud Platform"u8) >= 0;

    /// <summary>The eligibility result card names the partner it checked; the prompt and the "not linked" card do not.</summary>
    public static Func<byte[], bool> IsResultCardFor(string partnerName)
    {
        var name = Encoding.UTF8.GetBytes(partnerName);
        return body => body.AsSpan().IndexOf(name) >= 0 && body.AsSpan().IndexOf("AdaptiveCard"u8) >= 0;
    }

    /// <summary>The "sent" message quotes the ticket's reference, e.g. LP-2026-000123.</summary>
    public static bool HasTicketReference(byte[] body) => TicketReference().IsMatch(Encoding.UTF8.GetString(body));

    public static Func<byte[], bool> HasButton(string requestAction) => body => Button(body, requestAction) is not null;

    /// <summary>The data of the card button whose <c>data.request.action</c> is <paramref name="requestAction"/>.</summary>
    public static JsonObject? Button(byte[] body, string requestAction) => Find(JsonNode.Parse(body), requestAction);

    private static JsonObject? Find(JsonNode? node, string requestAction)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["data"] is JsonObject data && data["request"]?["action"] is JsonValue action
                    && action.TryGetValue<string>(out var name) && name == requestAction)
                {
                    return data;
                }

                foreach (var (_, child) in obj)
                {
                    if (Find(child, requestAction) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (Find(child, requestAction) is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    [GeneratedRegex(@"LP-\d{4}-\d{6}")]
    private static partial Regex TicketReference();
}
