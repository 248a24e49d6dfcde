using System.Diagnostics;
using System.Globalization;

namespace LearningPartnerBot.Load;

/// <summary>
/// One measured run, or several added up: throughput, latency percentiles over every turn (kept sorted, in stopwatch
/// ticks, so runs can be combined), and the errors.
/// </summary>
internal sealed record Measurement(long Turns, long Errors, TimeSpan Elapsed, long[] SortedTicks, IReadOnlyCollection<string> ErrorSamples)
{
    private const int KeptErrorSamples = 5;

    public double TurnsPerSecond => Elapsed > TimeSpan.Zero ? Turns / Elapsed.TotalSeconds : 0;

    public double P50Ms => Percentile(SortedTicks, 0.50);

    public double P95Ms => Percentile(SortedTicks, 0.95);

    public double P99Ms => Percentile(SortedTicks, 0.99);

    public double MaxMs => Percentile(SortedTicks, 1.0);

    public static Measurement From(LoadRun run, IEnumerable<List<long>> latencies, TimeSpan elapsed)
    {
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new Measurement(run.Completed, run.Errors, elapsed, all, [.. run.ErrorSamples]);
    }

    /// <summary>The runs as one: their turns over their summed time, percentiles over all their turns.</summary>
    public static Measurement Combine(IReadOnlyCollection<Measurement> runs)
    {
        var all = runs.SelectMany(r => r.SortedTicks).ToArray();
        Array.Sort(all);
        return new Measurement(
            runs.Sum(r => r.Turns),
            runs.Sum(r => r.Errors),
            runs.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed),
            all,
            [.. runs.SelectMany(r => r.ErrorSamples).Take(KeptErrorSamples)]);
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
