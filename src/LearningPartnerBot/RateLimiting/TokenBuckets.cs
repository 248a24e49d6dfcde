using System.Threading.RateLimiting;

namespace LearningPartnerBot.RateLimiting;

/// <summary>Token buckets from <see cref="TokenBucketLimit"/> settings, and the wait a refused lease asks for.</summary>
internal static class TokenBuckets
{
    // No queue: a refused caller is told when to come back instead of holding a request (and a thread) open.
    public static RateLimitPartition<string> Partition(string key, TokenBucketLimit limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Burst),
            TokensPerPeriod = Math.Max(1, limit.TokensPerPeriod),
            ReplenishmentPeriod = limit.ReplenishmentPeriod > TimeSpan.Zero ? limit.ReplenishmentPeriod : TimeSpan.FromSeconds(1),
            QueueLimit = 0,
        });

    public static TimeSpan RetryAfter(RateLimitLease lease, TokenBucketLimit limit) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero
            ? retryAfter
            : limit.ReplenishmentPeriod;
}
