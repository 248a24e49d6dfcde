using System.Diagnostics;
using System.Globalization;

namespace LearningPartnerBot.Load;

/// <summary>One measured run: throughput, latency percentiles over every turn, and the errors.</summary>
internal sealed record Measurement(long Turns, long Errors, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms, double MaxMs, IReadOnlyCollection<string> ErrorSamples)
{
    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;

    public static Measurement From(LoadRun run, IEnumerable<List<long>> latencies, TimeSpan elapsed)
    {
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new Measurement(run.Completed, run.Errors, elapsed, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), Percentile(all, 1.0), [.. run.ErrorSamples]);
    }

    public string Describe(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-5} turns={Turns} in {Elapsed.TotalSeconds:0.0} s: {TurnsPerSecond:0.0} turns/s, p50 {P50Ms:0.00} ms, p95 {P95Ms:0.00} ms, p99 {P99Ms:0.00} ms, max {MaxMs:0.0} ms, errors {Errors}");

    /// <summary>Nearest-rank percentile in milliseconds.</summary>
    private static double Percentile(long[] sortedTicks, double fraction)
    {
        if (sortedTicks.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(fraction * sortedTicks.Length) - 1;
        return sortedTicks[Math.Clamp(rank, 0, sortedTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
