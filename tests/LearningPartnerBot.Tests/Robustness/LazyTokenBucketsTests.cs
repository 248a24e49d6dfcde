using System.Threading.RateLimiting;
using LearningPartnerBot.RateLimiting;
using LearningPartnerBot.Tests.Channels;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>Token buckets that refill when asked: the limits callers see, and a memory that follows active keys.</summary>
public sealed class LazyTokenBucketsTests
{
    private static readonly TokenBucketLimit ThreeThenOnePerSecond = new() { Burst = 3, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(1) };

    private readonly MovableClock _clock = new();

    [Fact]
    public void A_burst_is_admitted_then_refused_with_the_wait_until_the_next_permit()
    {
        using var buckets = new LazyTokenBuckets(ThreeThenOnePerSecond, _clock);
        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(Acquire(buckets, "a").IsAcquired));
        _clock.Advance(TimeSpan.FromMilliseconds(300));

        using var refused = Acquire(buckets, "a");

        Assert.False(refused.IsAcquired);
        Assert.True(refused.TryGetMetadata(MetadataName.RetryAfter, out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(700), wait);
    }

    [Fact]
    public void Each_whole_period_gives_back_its_permits_up_to_the_burst()
    {
        using var buckets = new LazyTokenBuckets(ThreeThenOnePerSecond, _clock);
        for (var i = 0; i < 3; i++)
        {
            Acquire(buckets, "a").Dispose();
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(Acquire(buckets, "a").IsAcquired);
        Assert.False(Acquire(buckets, "a").IsAcquired);

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, buckets.GetStatistics("a")!.CurrentAvailablePermits);
        Assert.All(Enumerable.Range(0, 3), _ => Assert.True(Acquire(buckets, "a").IsAcquired));
        Assert.False(Acquire(buckets, "a").IsAcquired);
    }

    [Fact]
    public void One_key_spending_its_permits_leaves_another_untouched()
    {
        using var buckets = new LazyTokenBuckets(ThreeThenOnePerSecond, _clock);
        for (var i = 0; i < 4; i++)
        {
            Acquire(buckets, "busy").Dispose();
        }

        Assert.True(Acquire(buckets, "quiet").IsAcquired);
    }

    [Fact]
    public void Full_buckets_are_dropped_at_the_sweep_and_a_draining_one_is_kept()
    {
        using var buckets = new LazyTokenBuckets(ThreeThenOnePerSecond, _clock);
        Acquire(buckets, "finished").Dispose();
        _clock.Advance(LazyTokenBuckets.SweepInterval - TimeSpan.FromSeconds(1));
        for (var i = 0; i < 3; i++)
        {
            Acquire(buckets, "draining").Dispose();
        }

        Assert.Equal(2, buckets.Count);
        _clock.Advance(TimeSpan.FromSeconds(1));
        Acquire(buckets, "newcomer").Dispose();

        // At the sweep "finished" had long refilled; "draining" was still 2 permits short; the newcomer came after.
        Assert.Equal(2, buckets.Count);
        Assert.Equal(3, buckets.GetStatistics("finished")!.CurrentAvailablePermits);
        Assert.Equal(1, buckets.GetStatistics("draining")!.CurrentAvailablePermits);
    }

    [Fact]
    public async Task Callers_racing_for_one_bucket_get_exactly_its_permits()
    {
        using var buckets = new LazyTokenBuckets(new TokenBucketLimit { Burst = 100, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromHours(1) }, _clock);

        var granted = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 50).Count(_ => Acquire(buckets, "shared").IsAcquired))));

        Assert.Equal(100, granted.Sum());
    }

    private static RateLimitLease Acquire(LazyTokenBuckets buckets, string key) => buckets.AttemptAcquire(key);
}
