using System.Diagnostics;
using System.Net.Http.Headers;
using LearningPartnerBot.Traffic;

namespace LearningPartnerBot.Load;

/// <summary>
/// One simulated partner in one conversation: fresh conversation and user ids, a locale, and the turns it posts.
/// Each turn is timed from sending the request to having read the whole reply, and checked for the expected reply.
/// </summary>
internal sealed class ConversationSession(HttpClient http, Uri endpoint, LoadRun run, List<long> latencies, string ids)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private ActivityWriter? _writer;

    public ActivityWriter Writer => _writer ?? throw new InvalidOperationException("Begin the conversation first.");

    public void Begin(string locale, string? aadObjectId = null) =>
        _writer = new ActivityWriter("load-conv-" + ids, "load-user-" + ids, locale, aadObjectId);

    /// <summary>The reply body when the turn went as expected; null when it did not (counted) or the run is over.</summary>
    public async Task<byte[]?> TurnAsync(string kind, byte[] body, Func<byte[], bool> isExpected)
    {
        if (!run.TryStartTurn())
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        byte[] reply;
        int status;
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = Json;
            using var response = await http.PostAsync(endpoint, content);
            status = (int)response.StatusCode;
            reply = await response.Content.ReadAsByteArrayAsync();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            latencies.Add(Stopwatch.GetTimestamp() - started);
            run.Error($"{kind}: {ex.GetType().Name}: {ex.Message}");
            run.TurnDone();
            return null;
        }

        latencies.Add(Stopwatch.GetTimestamp() - started);
        var expected = status is >= 200 and < 300 && isExpected(reply);
        if (!expected)
        {
            run.Error($"{kind}: HTTP {status}: {Excerpt(reply)}");
        }

        run.TurnDone();
        return expected ? reply : null;
    }

    /// <summary>What the bot said (each reply's text, or its card's type), which is what tells an unexpected reply apart.</summary>
    private static string Excerpt(byte[] reply)
    {
        var text = System.Text.Encoding.UTF8.GetString(reply);
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(reply);
            if (document.RootElement.TryGetProperty("activities", out var activities))
            {
                text = string.Join(" | ", activities.EnumerateArray().Select(a =>
                    a.TryGetProperty("text", out var said) && said.GetString() is { Length: > 0 } words
                        ? words
                        : a.TryGetProperty("attachments", out var cards) ? $"[{cards.GetArrayLength()} card(s)]" : "[no text]"));
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON (an HTML error page, a cut-off body): the raw start says more than nothing.
        }

        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
