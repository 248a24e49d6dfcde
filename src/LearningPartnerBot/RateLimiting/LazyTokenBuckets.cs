using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace LearningPartnerBot.RateLimiting;

/// <summary>
/// One token bucket per key (a conversation, a user), refilled when the key is next asked for a permit rather than
/// on a timer. <see cref="PartitionedRateLimiter.Create{TResource, TPartitionKey}"/> replenishes every bucket it holds
/// ten times a second, so with a bucket for each conversation and user of the last half minute the bot would spend
/// its time refilling buckets that nearly all sit idle. Same rules as
/// <see cref="TokenBucketRateLimiter"/>: <see cref="TokenBucketLimit.Burst"/> permits at first, then
/// <see cref="TokenBucketLimit.TokensPerPeriod"/> more after each whole <see cref="TokenBucketLimit.ReplenishmentPeriod"/>,
/// no queue, and a refusal says how long until enough permits are back. Full buckets are dropped every
/// <see cref="SweepInterval"/>, since a full bucket is what a new one would be: memory follows active keys.
/// </summary>
internal sealed class LazyTokenBuckets : PartitionedRateLimiter<string>
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(10);

    private static readonly RateLimitLease Granted = new Lease(acquired: true, retryAfter: null);

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly int _limit;
    private readonly int _perPeriod;
    private readonly long _periodTicks;
    private readonly TimeProvider _clock;
    private long _nextSweepTicks;
    private int _sweeping;

    public LazyTokenBuckets(TokenBucketLimit limit, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(limit);
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _limit = Math.Max(1, limit.Burst);
        _perPeriod = Math.Max(1, limit.TokensPerPeriod);
        _periodTicks = (limit.ReplenishmentPeriod > TimeSpan.Zero ? limit.ReplenishmentPeriod : TimeSpan.FromSeconds(1)).Ticks;
        _nextSweepTicks = Now() + SweepInterval.Ticks;
    }

    /// <summary>Keys with a bucket right now (for tests of the memory bound).</summary>
    public int Count => _buckets.Count;

    public override RateLimiterStatistics? GetStatistics(string resource)
    {
        var now = Now();
        if (!_buckets.TryGetValue(resource, out var bucket))
        {
            return new RateLimiterStatistics { CurrentAvailablePermits = _limit };
        }

        lock (bucket.Gate)
        {
            Refill(bucket, now);
            return new RateLimiterStatistics { CurrentAvailablePermits = bucket.Tokens };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(string resource, int permitCount)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentOutOfRangeException.ThrowIfNegative(permitCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, _limit);
        var now = Now();
        SweepIfDue(now);
        while (true)
        {
            var bucket = _buckets.GetOrAdd(resource, static (_, state) => new Bucket(state.Limit, state.Now), (Limit: _limit, Now: now));
            lock (bucket.Gate)
            {
                if (bucket.Dropped)
                {
                    // The sweep took it between the lookup and the lock: the next lookup makes a new, full one.
                    continue;
                }

                Refill(bucket, now);
                if (permitCount == 0 ? bucket.Tokens > 0 : bucket.Tokens >= permitCount)
                {
                    bucket.Tokens -= permitCount;
                    return Granted;
                }

                var periods = (permitCount - bucket.Tokens + _perPeriod - 1) / _perPeriod;
                var wait = Math.Max(0, (periods * _periodTicks) - (now - bucket.RefilledAt));
                return new Lease(acquired: false, TimeSpan.FromTicks(wait));
            }
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(string resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    private long Now() => _clock.GetUtcNow().UtcTicks;

    private void Refill(Bucket bucket, long now)
    {
        var periods = (now - bucket.RefilledAt) / _periodTicks;
        if (periods <= 0)
        {
            return;
        }

        bucket.Tokens = (int)Math.Min(_limit, bucket.Tokens + (periods * _perPeriod));
        bucket.RefilledAt += periods * _periodTicks;
    }

    private void SweepIfDue(long now)
    {
        if (now < Volatile.Read(ref _nextSweepTicks) || Interlocked.CompareExchange(ref _sweeping, 1, 0) != 0)
        {
            return;
        }

        try
        {
            foreach (var (key, bucket) in _buckets)
            {
                lock (bucket.Gate)
                {
                    Refill(bucket, now);
                    if (bucket.Tokens >= _limit)
                    {
                        bucket.Dropped = true;
                        _buckets.TryRemove(new KeyValuePair<string, Bucket>(key, bucket));
                    }
                }
            }

            Volatile.Write(ref _nextSweepTicks, now + SweepInterval.Ticks);
        }
        finally
        {
            Volatile.Write(ref _sweeping, 0);
        }
    }

    private sealed class Bucket(int tokens, long refilledAt)
    {
        public Lock Gate { get; } = new();

        public int Tokens { get; set; } = tokens;

        public long RefilledAt { get; set; } = refilledAt;

        public bool Dropped { get; set; }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            if (retryAfter is { } wait && metadataName == MetadataName.RetryAfter.Name)
            {
                metadata = wait;
                return true;
            }

            metadata = null;
            return false;
        }
    }
}
