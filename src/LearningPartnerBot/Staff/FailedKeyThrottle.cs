using System.Collections.Concurrent;

namespace LearningPartnerBot.Staff;

/// <summary>
/// Slows down guessing of staff keys: after <see cref="MaxFailures"/> wrong keys from one client within
/// <see cref="Window"/>, that client's key checks are refused (429) until the window ends, right keys included. Kept
/// apart from the /api rate limiter, which runs only after authorization and so never sees a wrong key.
/// The client is the connection's address (the proxy's X-Forwarded-For when forwarded headers are enabled).
/// </summary>
public sealed class FailedKeyThrottle(TimeProvider clock)
{
    public const int MaxFailures = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    /// <summary>Beyond this many clients the oldest windows are dropped, so a spray of addresses cannot fill memory.</summary>
    private const int MaxClients = 10_000;

    private readonly ConcurrentDictionary<string, Failures> _clients = new(StringComparer.Ordinal);

    /// <summary>Seconds until <paramref name="client"/> may try again, or null when it may try now.</summary>
    public int? RetryAfterSeconds(string client)
    {
        if (!_clients.TryGetValue(client, out var failures))
        {
            return null;
        }

        var left = failures.Since + Window - clock.GetUtcNow();
        if (left <= TimeSpan.Zero)
        {
            _clients.TryRemove(client, out _);
            return null;
        }

        return failures.Count >= MaxFailures ? (int)Math.Ceiling(left.TotalSeconds) : null;
    }

    public void RecordFailure(string client)
    {
        var now = clock.GetUtcNow();
        if (_clients.Count >= MaxClients)
        {
            foreach (var stale in _clients.Where(c => c.Value.Since + Window <= now).Select(c => c.Key).ToList())
            {
                _clients.TryRemove(stale, out _);
            }
        }

        _clients.AddOrUpdate(client, _ => new Failures(now, 1), (_, f) => f.Since + Window <= now ? new Failures(now, 1) : f with { Count = f.Count + 1 });
    }

    public static string ClientOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }

    private sealed record Failures(DateTimeOffset Since, int Count);
}
