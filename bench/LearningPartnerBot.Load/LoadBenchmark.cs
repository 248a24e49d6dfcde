using System.Globalization;

namespace LearningPartnerBot.Load;

/// <summary>
/// The whole run: the bare endpoint and the bot, each in its own process, each warmed up and then driven by the same
/// driver at the same concurrency, in turns (bare, bot, bare, bot…) so that both are measured in the same minutes.
/// The last line of the output is the machine-readable summary.
/// </summary>
internal sealed class LoadBenchmark(LoadOptions options)
{
    /// <summary>
    /// Idle time after each slice, so a server's leftover background work (the bot writes its recent turns every
    /// second) runs before the other server's slice starts rather than inside it.
    /// </summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(1);

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

        // A turn limit is for memory over a number of turns, which slices would only split up.
        var slices = options.Turns is null ? options.Slices : 1;
        var stop = options.Turns is { } t ? $"{t} turns" : $"{options.Duration.TotalSeconds:0.#} s in {slices} slices";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"mix={options.Mix.ToString().ToLowerInvariant()} conversations={options.Conversations} repeat_share={options.RepeatShare:0.00} measure={stop} warmup={options.Warmup.TotalSeconds:0.#} s cores={Environment.ProcessorCount} load average at start: {LoadAverage()}"));

        var data = Directory.CreateTempSubdirectory("lpb-load-");
        try
        {
            using var bareProcess = StartBare();
            using var botProcess = StartBot(data);
            var bareFaq = new FaqTraffic(options.RepeatShare, options.Seed);
            var botFaq = new FaqTraffic(options.RepeatShare, options.Seed);
            var bare = new MeasuredServer("bare", bareProcess, bareFaq, new Journeys(bareFaq).BareAsync);
            var bot = new MeasuredServer("bot", botProcess, botFaq, new Journeys(botFaq).For(options.Mix));
            await bare.StartAsync(http, driver, options.Warmup, output);
            await bot.StartAsync(http, driver, options.Warmup, output);

            for (var slice = 0; slice < slices; slice++)
            {
                foreach (var server in (MeasuredServer[])[bare, bot])
                {
                    await server.MeasureSliceAsync(driver, options.Duration / slices, options.Turns);
                    await Task.Delay(SettleTime);
                }
            }

            await bare.ReportAsync(output);
            await bot.ReportAsync(output);
            await SummarizeAsync(bare, bot, output);
        }
        finally
        {
            data.Delete(recursive: true);
        }

        return 0;
    }

    private static async Task SummarizeAsync(MeasuredServer bare, MeasuredServer bot, TextWriter output)
    {
        var (bareRun, botRun) = (bare.Total(), bot.Total());
        var ratio = bareRun.TurnsPerSecond > 0 ? Math.Min(1, botRun.TurnsPerSecond / bareRun.TurnsPerSecond) : 0;
        await output.WriteLineAsync($"load average at end: {LoadAverage()}");

        // Throughput on a shared machine swings with the neighbours' load; CPU per turn barely does.
        var cpuRatio = bot.CpuMsPerTurn > 0 ? bare.CpuMsPerTurn / bot.CpuMsPerTurn : 0;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"cpu per turn, server and driver: bot {bot.CpuMsPerTurn:0.000} ms, bare {bare.CpuMsPerTurn:0.000} ms (bare/bot {cpuRatio:0.000})"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"turns_per_s={botRun.TurnsPerSecond:0.0} p50_ms={botRun.P50Ms:0.00} p99_ms={botRun.P99Ms:0.00} errors={botRun.Errors} peak_rss_mb={bot.PeakRssMb:0.0} ratio_to_bare={ratio:0.000} hit_rate={bot.Faq.RepeatShare:0.000}"));
    }

    private ChildProcess StartBare()
    {
        var self = typeof(LoadBenchmark).Assembly.Location;

        // The yardstick runs with the bot's collector, whichever the bot's build chose.
        var environment = new Dictionary<string, string> { ["DOTNET_gcServer"] = BotRuntime.UsesServerGc(options.BotDll) ? "1" : "0" };
        return ChildProcess.StartDotnet(self, [BareEndpoint.CommandName], environment);
    }

    private ChildProcess StartBot(DirectoryInfo data)
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
        return ChildProcess.StartDotnet(options.BotDll, [], environment);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
