using System.Diagnostics;

namespace LearningPartnerBot.Load;

/// <summary>
/// Runs N simulated conversations at once against one server until the duration or the turn count is reached; each
/// conversation starts over with fresh ids after its turns, as many partners would.
/// </summary>
internal sealed class LoadDriver(HttpClient http, int conversations, int seed)
{
    private static int _runs;

    public async Task<Measurement> RunAsync(
        Uri endpoint,
        Func<ConversationSession, Random, Task> conversation,
        TimeSpan duration,
        long? turnLimit,
        IReadOnlyList<long> milestones,
        Action<long> onMilestone)
    {
        var runId = Interlocked.Increment(ref _runs).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var run = new LoadRun(turnLimit, milestones, onMilestone);
        var latencies = Enumerable.Range(0, conversations).Select(_ => new List<long>(4096)).ToArray();
        var clock = Stopwatch.StartNew();
        using var timer = turnLimit is null ? new Timer(_ => run.Stop(), null, duration, Timeout.InfiniteTimeSpan) : null;

        var workers = Enumerable.Range(0, conversations).Select(worker => Task.Run(async () =>
        {
            var random = new Random(seed + worker);
            for (var n = 0; run.TryPeekContinue(); n++)
            {
                var session = new ConversationSession(http, endpoint, run, latencies[worker], $"{runId}-{worker}-{n}");
                await conversation(session, random);
            }
        }));
        await Task.WhenAll(workers);
        clock.Stop();

        return Measurement.From(run, latencies, clock.Elapsed);
    }
}
