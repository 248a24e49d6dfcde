using System.Collections.Concurrent;
using System.Globalization;

namespace LearningPartnerBot.Load;

/// <summary>
/// One server under load (the bare endpoint or the bot): warmed up once, then measured in one or more slices whose
/// turns, latencies, errors and CPU add up to its result. Slices let the two servers take turns, so both are measured
/// in the same minutes of a machine whose speed drifts.
/// </summary>
internal sealed class MeasuredServer(string name, ChildProcess server, FaqTraffic faq, Func<ConversationSession, Random, Task> conversation)
{
    private static readonly long[] RssMilestones = [10_000, 100_000];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    private readonly List<Measurement> _slices = [];
    private readonly ConcurrentDictionary<long, double> _rssAt = new();
    private double _serverCpuMs;
    private double _driverCpuMs;
    private long _turns;
    private Uri? _endpoint;

    public string Name => name;

    public FaqTraffic Faq => faq;

    /// <summary>All slices as one; combining sorts every latency, so callers take it once.</summary>
    public Measurement Total() => Measurement.Combine(_slices);

    public double PeakRssMb => server.Memory().PeakRssMb;

    /// <summary>Server and driver CPU per measured turn.</summary>
    public double CpuMsPerTurn => _turns > 0 ? (_serverCpuMs + _driverCpuMs) / _turns : 0;

    public async Task StartAsync(HttpClient http, LoadDriver driver, TimeSpan warmup, TextWriter output)
    {
        await server.WaitReadyAsync(http, StartTimeout);

        // The process id lets a profiler (perf record -p) attach while the load runs.
        await output.WriteLineAsync($"{name,-5} pid {server.Id} listening on {server.BaseAddress}");
        _endpoint = new Uri(server.BaseAddress, "api/messages");
        if (warmup > TimeSpan.Zero)
        {
            var warm = await driver.RunAsync(_endpoint, conversation, warmup, turnLimit: null, [], _ => { });
            await output.WriteLineAsync($"{name,-5} warmup: {warm.Turns} turns, {warm.Errors} errors");
        }

        faq.ResetCounts();
    }

    /// <summary>Drives the server for one slice; the memory milestones count turns from the first slice.</summary>
    public async Task MeasureSliceAsync(LoadDriver driver, TimeSpan duration, long? turnLimit)
    {
        var before = _turns;
        var serverCpu = server.CpuTime();
        var driverCpu = Environment.CpuUsage.TotalTime;
        var slice = await driver.RunAsync(
            _endpoint ?? throw new InvalidOperationException("Start the server first."),
            conversation,
            duration,
            turnLimit,
            [.. RssMilestones.Select(m => m - before).Where(m => m > 0)],
            done => _rssAt[before + done] = server.Memory().RssMb);
        _serverCpuMs += (server.CpuTime() - serverCpu).TotalMilliseconds;
        _driverCpuMs += (Environment.CpuUsage.TotalTime - driverCpu).TotalMilliseconds;
        _slices.Add(slice);
        _turns += slice.Turns;
    }

    public async Task ReportAsync(TextWriter output)
    {
        var total = Total();
        var (rss, peak) = server.Memory();
        await output.WriteLineAsync(total.Describe(name) + (_slices.Count > 1 ? $" ({_slices.Count} slices: {string.Join(", ", _slices.Select(s => s.TurnsPerSecond.ToString("0", CultureInfo.InvariantCulture)))} turns/s)" : string.Empty));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name,-5} faq turns {faq.Turns}: {faq.RepeatShare:P1} repeated a recent text, {faq.AnsweredShare:P1} got an answer card; {faq.DistinctTexts} distinct texts sent since start"));
        var perTurn = total.Turns > 0 ? 1.0 / total.Turns : 0;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name,-5} cpu per turn: server {_serverCpuMs * perTurn:0.000} ms, driver {_driverCpuMs * perTurn:0.000} ms; rss {rss:0.0} MB, peak {peak:0.0} MB"));
        if (_rssAt.TryGetValue(10_000, out var at10k))
        {
            var change = _rssAt.TryGetValue(100_000, out var at100k) ? string.Create(CultureInfo.InvariantCulture, $", at 100k turns {at100k:0.0} MB ({(at100k / at10k - 1) * 100:+0.0;-0.0}%)") : string.Empty;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-5} rss at 10k turns {at10k:0.0} MB{change}"));
        }

        foreach (var sample in total.ErrorSamples)
        {
            await output.WriteLineAsync($"{name,-5} error: {sample}");
        }
    }
}
