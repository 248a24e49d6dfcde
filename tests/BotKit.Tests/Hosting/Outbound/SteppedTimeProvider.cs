using System.Collections.Concurrent;

namespace BotKit.Tests.Hosting.Outbound;

/// <summary>
/// A clock the test moves by hand, whose timers fire at once but remember how long they were asked to wait: retry
/// waits can be asserted exactly without the test sleeping.
/// </summary>
internal sealed class SteppedTimeProvider : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Waits.Enqueue(dueTime);

        // Fired from the pool: a callback run inside CreateTimer would complete the delay before it has its timer.
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
