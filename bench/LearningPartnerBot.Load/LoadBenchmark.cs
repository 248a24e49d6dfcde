using System.Collections.Concurrent;
using System.Globalization;

namespace LearningPartnerBot.Load;

/// <summary>
/// The whole run: the bare endpoint, then the bot, each in its own process, each warmed up and then driven by the same
/// driver at the same concurrency. The last line of the output is the machine-readable summary.
/// </summary>
internal sealed class LoadBenchmark(LoadOptions options)
{
    private static readonly long[] RssMilestones = [10_000, 100_000];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    public async Task<int> RunAsync(TextWriter output)
    {
        if (!File.Exists(options.BotDll))
        {
            await output.WriteLineAsync($"The bot is not built: {options.BotDll}. Build it with `dotnet build -c Release src/LearningPartnerBot`, or pass --bot-dll.");
            return 2;
        }

        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = int.MaxValue,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { Timeout = TimeSpan.FromSeconds(30) };
        var driver = new LoadDriver(http, options.Conversations, options.Seed);
        var stop = options.Turns is { } t ? $"{t} turns" : $"{options.Duration.TotalSeconds:0.#} s";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"mix={options.Mix.ToString().ToLowerInvariant()} conversations={options.Conversations} repeat_share={options.RepeatShare:0.00} measure={stop} warmup={options.Warmup.TotalSeconds:0.#} s cores={Environment.ProcessorCount} load average at start: {LoadAverage()}"));

        var bare = await MeasureBareAsync(driver, http, output);
        var bot = await MeasureBotAsync(driver, http, output);

        var ratio = bare.Run.TurnsPerSecond > 0 ? Math.Min(1, bot.Run.TurnsPerSecond / bare.Run.TurnsPerSecond) : 0;
        await output.WriteLineAsync($"load average at end: {LoadAverage()}");

        // Throughput on a shared machine swings with the neighbours' load; CPU per turn barely does.
        var cpuRatio = bot.CpuMsPerTurn > 0 ? bare.CpuMsPerTurn / bot.CpuMsPerTurn : 0;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"cpu per turn, server and driver: bot {bot.CpuMsPerTurn:0.000} ms, bare {bare.CpuMsPerTurn:0.000} ms (bare/bot {cpuRatio:0.000})"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"turns_per_s={bot.Run.TurnsPerSecond:0.0} p50_ms={bot.Run.P50Ms:0.00} p99_ms={bot.Run.P99Ms:0.00} errors={bot.Run.Errors} peak_rss_mb={bot.PeakRssMb:0.0} ratio_to_bare={ratio:0.000} hit_rate={bot.Faq.RepeatShare:0.000}"));
        return 0;
    }

    private async Task<ServerResult> MeasureBareAsync(LoadDriver driver, HttpClient http, TextWriter output)
    {
        var self = typeof(LoadBenchmark).Assembly.Location;

        // The bot is a Web SDK app and so runs with the server GC; the yardstick must too.
        var environment = new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" };
        using var server = ChildProcess.StartDotnet(self, [BareEndpoint.CommandName], environment);
        var faq = new FaqTraffic(options.RepeatShare, options.Seed);
        return await MeasureAsync("bare", server, driver, http, faq, new Journeys(faq).BareAsync, output);
    }

    private async Task<ServerResult> MeasureBotAsync(LoadDriver driver, HttpClient http, TextWriter output)
    {
        var data = Directory.CreateTempSubdirectory("lpb-load-");
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["MicrosoftAppId"] = string.Empty,
                ["MicrosoftAppPassword"] = string.Empty,
                // Production settings but no channel tokens to fake: anonymous on purpose, which must be said explicitly.
                ["BotKit__AllowAnonymous"] = "true",
                ["Storage__DataDirectory"] = data.FullName,
                ["Eligibility__DemoIdentities"] = "true",
                ["Eligibility__SeedDemoData"] = "true",
            };
            using var server = ChildProcess.StartDotnet(options.BotDll, [], environment);
            var faq = new FaqTraffic(options.RepeatShare, options.Seed);
            return await MeasureAsync("bot", server, driver, http, faq, new Journeys(faq).For(options.Mix), output);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private async Task<ServerResult> MeasureAsync(
        string name, ChildProcess server, LoadDriver driver, HttpClient http, FaqTraffic faq, Func<ConversationSession, Random, Task> conversation, TextWriter output)
    {
        await server.WaitReadyAsync(http, StartTimeout);

        // The process id lets a profiler (perf record -p) attach while the load runs.
        await output.WriteLineAsync($"{name,-5} pid {server.Id} listening on {server.BaseAddress}");
        var endpoint = new Uri(server.BaseAddress, "api/messages");
        if (options.Warmup > TimeSpan.Zero)
        {
            var warm = await driver.RunAsync(endpoint, conversation, options.Warmup, turnLimit: null, [], _ => { });
            await output.WriteLineAsync($"{name,-5} warmup: {warm.Turns} turns, {warm.Errors} errors");
        }

        faq.ResetCounts();
        var rssAt = new ConcurrentDictionary<long, double>();
        var serverCpu = server.CpuTime();
        var driverCpu = Environment.CpuUsage.TotalTime;
        var run = await driver.RunAsync(endpoint, conversation, options.Duration, options.Turns, RssMilestones, done => rssAt[done] = server.Memory().RssMb);
        var serverCpuMs = (server.CpuTime() - serverCpu).TotalMilliseconds;
        var driverCpuMs = (Environment.CpuUsage.TotalTime - driverCpu).TotalMilliseconds;
        var (rss, peak) = server.Memory();

        await output.WriteLineAsync(run.Describe(name));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name,-5} faq turns {faq.Turns}: {faq.RepeatShare:P1} repeated a recent text, {faq.AnsweredShare:P1} got an answer card; {faq.DistinctTexts} distinct texts sent since start"));
        var perTurn = run.Turns > 0 ? 1.0 / run.Turns : 0;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name,-5} cpu per turn: server {serverCpuMs * perTurn:0.000} ms, driver {driverCpuMs * perTurn:0.000} ms; rss {rss:0.0} MB, peak {peak:0.0} MB"));
        if (rssAt.TryGetValue(10_000, out var at10k))
        {
            var change = rssAt.TryGetValue(100_000, out var at100k) ? string.Create(CultureInfo.InvariantCulture, $", at 100k turns {at100k:0.0} MB ({(at100k / at10k - 1) * 100:+0.0;-0.0}%)") : string.Empty;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-5} rss at 10k turns {at10k:0.0} MB{change}"));
        }

        foreach (var sample in run.ErrorSamples)
        {
            await output.WriteLineAsync($"{name,-5} error: {sample}");
        }

        return new ServerResult(run, peak, (serverCpuMs + driverCpuMs) * perTurn, faq);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private sealed record ServerResult(Measurement Run, double PeakRssMb, double CpuMsPerTurn, FaqTraffic Faq);
}
