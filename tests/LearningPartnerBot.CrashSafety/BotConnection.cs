using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.CrashSafety;

/// <summary>
/// Talks to one life of the bot: activities to /api/messages with <c>deliveryMode: expectReplies</c> (the replies come
/// back in the body), and the staff ticket API. A connection failure surfaces as <see cref="HttpRequestException"/> or
/// a timeout; any answer other than 200 (or a 429 to wait out) as <see cref="BotAnswerException"/>.
/// </summary>
internal sealed class BotConnection : IDisposable
{
    private static readonly TimeSpan LongestThrottleWait = TimeSpan.FromSeconds(5);

    private readonly HttpClient _http;
    private readonly string _staffKey;

    public BotConnection(Uri baseAddress, string staffKey)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        _staffKey = staffKey;
    }

    /// <summary>Posts one activity and returns the bot's replies to it.</summary>
    public async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var body = activity.ToJsonString();
        while (true)
        {
            using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await _http.PostAsync(new Uri("api/messages", UriKind.Relative), content, cancellationToken);
            if (await WaitIfThrottledAsync(response, cancellationToken))
            {
                continue;
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BotAnswerException($"POST /api/messages answered {(int)response.StatusCode}: {Shorten(text)}");
            }

            return text.Length == 0
                ? []
                : JsonNode.Parse(text)?["activities"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
        }
    }

    /// <summary>GET on the staff API with the staff key; null for a 404.</summary>
    public async Task<JsonNode?> StaffGetAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _staffKey);
            using var response = await _http.SendAsync(request, cancellationToken);
            if (await WaitIfThrottledAsync(response, cancellationToken))
            {
                continue;
            }

            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new BotAnswerException($"GET {path} answered {(int)response.StatusCode}: {Shorten(await response.Content.ReadAsStringAsync(cancellationToken))}");
            }

            return await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        }
    }

    // The bot rate-limits per conversation, per user and on the staff API; a 429 means nothing ran, so waiting and
    // sending the same request again is what a well-behaved channel does.
    private static async Task<bool> WaitIfThrottledAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return false;
        }

        var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
        await Task.Delay(wait < LongestThrottleWait ? wait : LongestThrottleWait, cancellationToken);
        return true;
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    public void Dispose() => _http.Dispose();
}

/// <summary>The bot answered, but not with a 200: after a restart that is exactly the failure this run looks for.</summary>
internal sealed class BotAnswerException(string message) : Exception(message);
