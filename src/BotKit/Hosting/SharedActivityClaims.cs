using System.Text.Json.Nodes;
using BotKit.Schema;
using BotKit.State;

namespace BotKit.Hosting;

/// <summary>
/// Claims activity ids in the storage every instance of the bot shares, so a redelivery that reaches another
/// instance (Teams retries through the load balancer) is recognised there too. One document per conversation holds
/// the ids claimed within the window, so the store grows with conversations, not with messages. The ETag makes the
/// claim atomic: of two instances claiming the same id at once, exactly one write succeeds.
/// A claim names the instance that made it; with an <see cref="IInstanceLiveness"/>, a claim whose instance is gone
/// no longer holds, so the channel's retry of a turn that died with its instance runs (a ticket it may have filed is
/// found again by the request's own idempotency). Without one, a claim holds for the whole window.
/// </summary>
internal sealed class SharedActivityClaims(IStorage storage, IInstanceLiveness? liveness, TimeProvider clock, TimeSpan window)
{
    // Concurrent claims on one conversation are rare (one user, a few messages); a bounded retry keeps a pathological
    // one from spinning, and the final conflict surfaces as a failed turn the channel retries.
    private const int MaxAttempts = 8;

    private const string ClaimsProperty = "claims";

    private const string AtProperty = "at";

    private const string ByProperty = "by";

    /// <summary>Whether this instance may run the activity, and whose claim it took over if any.</summary>
    public async Task<ClaimOutcome> TryClaimAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (liveness is not null)
        {
            await liveness.EnsureAliveAsync(cancellationToken);
        }

        var key = KeyOf(activity);
        for (var attempt = 1; ; attempt++)
        {
            var (document, etag) = await ReadAsync(key, cancellationToken);
            var claims = ClaimsOf(document);
            var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
            var existing = Claim.From(claims[activity.Id!]) is { } claim && !IsExpired(claim, now) ? claim : null;
            if (existing is not null && await IsOwnerAliveAsync(existing, cancellationToken))
            {
                return ClaimOutcome.HeldByLiveInstance;
            }

            foreach (var expired in claims.Where(c => Claim.From(c.Value) is not { } old || IsExpired(old, now)).Select(c => c.Key).ToList())
            {
                claims.Remove(expired);
            }

            claims[activity.Id!] = new JsonObject { [AtProperty] = now, [ByProperty] = liveness?.InstanceId };
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document, etag) }, cancellationToken);
                return existing is null ? ClaimOutcome.Claimed : ClaimOutcome.TakenFromDeadInstance;
            }
            catch (EtagConflictException) when (attempt < MaxAttempts)
            {
                // Another turn of this conversation claimed its own id meanwhile: read again and retry.
            }
        }
    }

    private bool IsExpired(Claim claim, long now) => now - claim.At >= window.TotalMilliseconds;

    private async ValueTask<bool> IsOwnerAliveAsync(Claim claim, CancellationToken cancellationToken) =>
        liveness is null || claim.By is null || await liveness.IsAliveAsync(claim.By, cancellationToken);

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

    // Adapters turn away activities without a channel or conversation before any middleware runs.
    private static string KeyOf(Activity activity) =>
        (ConversationState.StorageKeyOf(activity) ?? throw new InvalidOperationException("The activity names no channel or conversation.")) + "/activities";

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

    /// <summary>One claimed id: when, and by which instance. A bare number is a claim written before claims named their instance.</summary>
    private sealed record Claim(long At, string? By)
    {
        public static Claim? From(JsonNode? node) => node switch
        {
            JsonObject claim when claim[AtProperty] is JsonValue at && at.TryGetValue<long>(out var claimedAt) =>
                new Claim(claimedAt, claim[ByProperty] is JsonValue by && by.TryGetValue<string>(out var owner) ? owner : null),
            JsonValue bare when bare.TryGetValue<long>(out var bareAt) => new Claim(bareAt, null),
            _ => null,
        };
    }
}

internal enum ClaimOutcome
{
    Claimed,

    /// <summary>The instance that claimed it died before it finished or answered: the retry runs here.</summary>
    TakenFromDeadInstance,

    HeldByLiveInstance,
}
