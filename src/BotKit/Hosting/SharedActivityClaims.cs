using System.Text.Json.Nodes;
using BotKit.Schema;
using BotKit.State;

namespace BotKit.Hosting;

/// <summary>
/// Claims activity ids in the storage every instance of the bot shares, so a redelivery that reaches another
/// instance (Teams retries through the load balancer) is recognised there too. One document per conversation holds
/// the ids claimed within the window, so the store grows with conversations, not with messages. The ETag makes the
/// claim atomic: of two instances claiming the same id at once, exactly one write succeeds.
/// </summary>
internal sealed class SharedActivityClaims(IStorage storage, TimeProvider clock, TimeSpan window)
{
    // Concurrent claims on one conversation are rare (one user, a few messages); a bounded retry keeps a pathological
    // one from spinning, and the final conflict surfaces as a failed turn the channel retries.
    private const int MaxAttempts = 8;

    private const string ClaimsProperty = "claims";

    /// <summary>True when this instance may run the activity; false when some instance already claimed it.</summary>
    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(activity);
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = await ReadAsync(key, cancellationToken);
            var claims = ClaimsOf(document);
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (claims[activity.Id!] is { } claimedAt && now - (long)claimedAt < window.TotalMilliseconds)
            {
                return false;
            }

            foreach (var expired in claims.Where(c => now - (long)c.Value! >= window.TotalMilliseconds).Select(c => c.Key).ToList())
            {
                claims.Remove(expired);
            }

            claims[activity.Id!] = now;
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document, etag) }, cancellationToken);
                return true;
            }
            catch (EtagConflictException) when (attempt < MaxAttempts)
            {
                // Another turn of this conversation claimed its own id meanwhile: read again and retry.
            }
        }
    }

    /// <summary>Gives a failed turn's id back, so the channel's retry of it runs.</summary>
    public async Task ReleaseAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = KeyOf(activity);
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = await ReadAsync(key, cancellationToken);
            if (etag is null || !ClaimsOf(document).Remove(activity.Id!))
            {
                return;
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document, etag) }, cancellationToken);
                return;
            }
            catch (EtagConflictException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    private static string KeyOf(Activity activity) =>
        $"{activity.ChannelId}/conversations/{activity.Conversation!.Id}/activities";

    private async Task<(JsonObject Document, string? ETag)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? (item.Document, item.ETag) : (new JsonObject(), null);
    }

    private static JsonObject ClaimsOf(JsonObject document)
    {
        if (document[ClaimsProperty] is JsonObject claims)
        {
            return claims;
        }

        var created = new JsonObject();
        document[ClaimsProperty] = created;
        return created;
    }
}
