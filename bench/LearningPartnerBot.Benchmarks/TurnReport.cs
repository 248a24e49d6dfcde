using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using LearningPartnerBot.Traffic;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LearningPartnerBot.Benchmarks;

/// <summary>
/// `--turns [turns]`: what a whole FAQ turn costs inside the bot, every question new, through the
/// real host (middleware, authentication, rate limits, state in SQLite, recent turns, the reply written as JSON), with
/// the load benchmark's settings. Unlike the load benchmark it has no sockets and no second process: its bytes per turn
/// are exact and repeat from run to run, and its process CPU per turn leaves out the network and the driver (a busy
/// machine still moves it, so compare it across alternated runs). The same loop against a bare endpoint in the same
/// host (parse the activity, write one reply) gives the share of the in-process client and the host itself.
/// </summary>
internal static class TurnReport
{
    private const int Warmup = 20_000;
    private const int TurnsPerConversation = 10;
    private const int Concurrent = 8;
    private const string BarePath = "/bench/bare";
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task RunAsync(int turns)
    {
        var data = Directory.CreateTempSubdirectory("lpb-turns-");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LEARNINGPARTNERBOT", AppContext.BaseDirectory);
        try
        {
            await using var host = new WebApplicationFactory<LearningPartnerBot.Knowledge.FaqAnswerer>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Production");
                builder.UseSetting("MicrosoftAppId", string.Empty);
                builder.UseSetting("MicrosoftAppPassword", string.Empty);
                builder.UseSetting("BotKit:AllowAnonymous", "true");
                builder.UseSetting("Storage:DataDirectory", data.FullName);
                builder.UseSetting("Eligibility:DemoIdentities", "true");
                builder.UseSetting("Eligibility:SeedDemoData", "true");
                builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, BareEndpoint>());
            });
            var client = host.CreateClient();
            var questions = new NewQuestions(seed: 11);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"turns={turns} after {Warmup} warm-up turns, every question new, {Concurrent} partners at a time"));
            var bare = await MeasureAsync("bare", client, new Uri(BarePath, UriKind.Relative), questions, turns);
            var bot = await MeasureAsync("bot", client, new Uri("/api/messages", UriKind.Relative), questions, turns);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bot less bare       cpu {bot.CpuMicroseconds - bare.CpuMicroseconds,8:0.0} us  allocated {bot.AllocatedBytes - bare.AllocatedBytes,8:0} B"));

            // The bot's own entry point stops its host and then disposes it once asked to stop. Calling StopAsync from
            // here as well raced it: the entry point's stop could finish first and dispose the services under this
            // stop's final flush of FAQ counts. So the app is asked to stop, and the report waits until it has.
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStopped.Register(() => stopped.TrySetResult()))
            {
                lifetime.StopApplication();
                await stopped.Task;
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<(double CpuMicroseconds, double AllocatedBytes)> MeasureAsync(string name, HttpClient client, Uri endpoint, NewQuestions questions, int turns)
    {
        var random = new Random(3);
        await RunAsync(client, endpoint, questions, random, Warmup, name + "-warm");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        var errors = await RunAsync(client, endpoint, questions, random, turns, name);
        var result = ((Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / turns, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)turns);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-19} cpu {result.Item1,8:0.0} us  allocated {result.Item2,8:0} B  wall {wall.Elapsed.TotalMicroseconds / turns,8:0.0} us  errors {errors}"));
        return result;
    }

    /// <summary>
    /// <see cref="Concurrent"/> partners at once, each in conversations of <see cref="TurnsPerConversation"/> turns:
    /// one turn at a time would leave the thread pool idle between turns, spinning for the next, which real traffic
    /// does not, and the spinning would count as the turn's CPU.
    /// </summary>
    private static async Task<int> RunAsync(HttpClient client, Uri endpoint, NewQuestions questions, Random random, int turns, string prefix)
    {
        var errors = 0;
        var partners = Enumerable.Range(0, Concurrent).Select(partner => Task.Run(async () =>
        {
            ActivityWriter? writer = null;
            for (var turn = partner; turn < turns; turn += Concurrent)
            {
                if (turn / Concurrent % TurnsPerConversation == 0)
                {
                    var conversation = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{turn}");
                    lock (random)
                    {
                        writer = new ActivityWriter(conversation, "user-" + conversation, PartnerQuestions.Languages[random.Next(PartnerQuestions.Languages.Count)], aadObjectId: null);
                    }
                }

                using var content = new ByteArrayContent(writer!.Message(questions.Next(writer.Locale)));
                content.Headers.ContentType = Json;
                using var response = await client.PostAsync(endpoint, content);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode || body.AsSpan().IndexOf("\"type\":\"message\""u8) < 0)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        await Task.WhenAll(partners);
        return errors;
    }

    /// <summary>Parses the posted activity and answers one fixed reply before the bot's pipeline: the host's own share.</summary>
    private sealed class BareEndpoint : IStartupFilter
    {
        private static readonly byte[] Reply = """{"activities":[{"type":"message","text":"ok"}]}"""u8.ToArray();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != BarePath)
                {
                    await nextMiddleware(context);
                    return;
                }

                using var activity = await JsonDocument.ParseAsync(context.Request.Body);
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(Reply);
            });
            next(app);
        };
    }
}
