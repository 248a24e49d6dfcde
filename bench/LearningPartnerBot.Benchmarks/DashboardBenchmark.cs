using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Benchmarks;

/// <summary>
/// `--dashboard [postgres-connection-string]`: seeds 100,000 tickets over a year and 1,000,000 FAQ answers over the
/// retention period (as the daily counts the bot writes), plus 50,000 votes, into a fresh database (a SQLite file,
/// or a new PostgreSQL database on the given server), then times GET /staff for each period through the real host,
/// signed in as staff: queries, SVG drawing and Razor together.
/// </summary>
internal static partial class DashboardBenchmark
{
    private const int Tickets = 100_000;
    private const int FaqEvents = 1_000_000;
    private const int Votes = 50_000;
    private const int Runs = 20;
    private const string StaffKey = "benchmark-staff-key-0123456789abcdef";

    public static async Task RunAsync(string? postgres)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "lpb-dashboard-bench-" + Guid.NewGuid().ToString("N"));
        var database = postgres is null ? null : "lpb_dashboard_bench_" + Guid.NewGuid().ToString("N")[..8];
        // Outside a test project there is no manifest pointing at the bot's folder; its output copy serves as content root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LEARNINGPARTNERBOT", AppContext.BaseDirectory);
        try
        {
            using var host = new WebApplicationFactory<LearningPartnerBot.Insights.StaffDashboard>().WithWebHostBuilder(builder =>
            {
                builder.UseEnvironment("Development");
                builder.UseSetting("Storage:DataDirectory", dataDirectory);
                builder.UseSetting("MicrosoftAppId", string.Empty);
                builder.UseSetting("Staff:Keys:0:Name", "Benchmark");
                builder.UseSetting("Staff:Keys:0:Key", StaffKey);
                if (postgres is not null)
                {
                    builder.UseSetting("Storage:Provider", "Postgres");
                    builder.UseSetting("ConnectionStrings:Postgres", postgres + ";Database=" + database);
                }
            });

            if (postgres is not null)
            {
                await CreateDatabaseAsync(postgres, database!);
            }

            var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            var seeding = Stopwatch.StartNew();
            await SeedTicketsAsync(host.Services);
            await SeedFaqAsync(host.Services);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"data={dataDirectory} provider={(postgres is null ? "sqlite" : "postgres")} seeded tickets={Tickets} faq_events={FaqEvents} votes={Votes} in {seeding.Elapsed.TotalSeconds:0.0} s"));

            await SignInAsync(client);
            foreach (var period in (int[])[7, 30, 90])
            {
                var samples = new List<double>();
                for (var i = 0; i < Runs + 3; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.GetAsync(new Uri($"/staff?period={period}", UriKind.Relative));
                    var html = await response.Content.ReadAsStringAsync();
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.StatusCode != HttpStatusCode.OK || !html.Contains("Tickets filed per day", StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"GET /staff?period={period} answered {(int)response.StatusCode}.");
                    }

                    if (i >= 3)
                    {
                        samples.Add(elapsed);
                    }
                }

                samples.Sort();
                var queries = new List<double>();
                var dashboard = host.Services.GetRequiredService<LearningPartnerBot.Insights.StaffDashboard>();
                for (var i = 0; i < Runs; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    await dashboard.BuildAsync(period, CancellationToken.None);
                    queries.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }

                queries.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"period={period} runs={Runs} page_p50_ms={samples[Runs / 2]:0.0} page_p95_ms={samples[(int)Math.Ceiling(Runs * 0.95) - 1]:0.0} page_max_ms={samples[^1]:0.0} queries_p50_ms={queries[Runs / 2]:0.0}"));
            }
        }
        finally
        {
            // LPB_BENCH_KEEP=1 keeps the SQLite file, to look at query plans afterwards.
            if (Directory.Exists(dataDirectory) && Environment.GetEnvironmentVariable("LPB_BENCH_KEEP") != "1")
            {
                Directory.Delete(dataDirectory, recursive: true);
            }

            if (postgres is not null)
            {
                await DropDatabaseAsync(postgres, database!);
            }
        }
    }

    private static async Task SeedTicketsAsync(IServiceProvider services)
    {
        var random = new Random(42);
        var now = DateTimeOffset.UtcNow;
        var types = Enum.GetValues<TicketType>();
        var contexts = services.GetRequiredService<IDbContextFactory<TicketsDbContext>>();
        for (var batch = 0; batch < Tickets; batch += 10_000)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < batch + 10_000; i++)
            {
                var created = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
                var age = now - created;
                // Old tickets are mostly done; a few are still open, as on a real desk.
                var status = age.TotalDays > 14
                    ? (random.NextDouble() < 0.03 ? TicketStatus.WaitingOnPartner : TicketStatus.Resolved)
                    : (TicketStatus)random.Next(0, 5);
                db.Tickets.Add(new Ticket
                {
                    Reference = string.Create(CultureInfo.InvariantCulture, $"LP-B-{i:D7}"),
                    Year = 9000 + (i / 1_000_000),
                    Sequence = i,
                    Type = types[random.Next(types.Length)],
                    PartnerMpnId = random.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture),
                    RequesterId = "bench-" + i.ToString(CultureInfo.InvariantCulture),
                    Locale = "en-US",
                    PayloadJson = "{}",
                    Status = status,
                    CreatedAt = created,
                    UpdatedAt = created,
                    FirstStaffActionAt = status == TicketStatus.New ? null : created.AddMinutes(random.Next(10, 72 * 60)),
                    ConversationReferenceJson = "{}",
                    SourceChannelId = "bench",
                    SourceActivityId = i.ToString(CultureInfo.InvariantCulture),
                    SourceConversationId = "bench",
                });
            }

            await db.SaveChangesAsync();
        }
    }

    private static async Task SeedFaqAsync(IServiceProvider services)
    {
        var random = new Random(7);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var languages = (string[])["en", "nl", "tr"];
        var topics = Enumerable.Range(1, 31).Select(n => string.Create(CultureInfo.InvariantCulture, $"topic-{n:D2}")).ToArray();

        // The bot counts each answer into its day's row; a million answers end up as these sums.
        var counts = new Dictionary<(DateOnly, string, string, bool), long>();
        for (var i = 0; i < FaqEvents; i++)
        {
            var answered = random.NextDouble() >= 0.2;
            var key = (today.AddDays(-random.Next(0, 180)), languages[random.Next(3)], answered ? topics[random.Next(topics.Length)] : FaqAnswerCount.NoTopic, answered);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var contexts = services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AnswerCounts.AddRange(counts.Select(c => new FaqAnswerCount { Day = c.Key.Item1, Language = c.Key.Item2, TopicId = c.Key.Item3, Answered = c.Key.Item4, Count = c.Value }));
            await db.SaveChangesAsync();
        }

        for (var batch = 0; batch < Votes; batch += 10_000)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < batch + 10_000; i++)
            {
                var day = today.AddDays(-random.Next(0, 180));
                db.Votes.Add(new FaqVote
                {
                    AnswerId = i.ToString(CultureInfo.InvariantCulture),
                    UserKey = "bench",
                    TopicId = topics[random.Next(topics.Length)],
                    Language = languages[random.Next(3)],
                    Helpful = random.NextDouble() < 0.8,
                    ChannelId = "bench",
                    CreatedAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    UpdatedAt = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                    Day = day,
                });
            }

            await db.SaveChangesAsync();
        }
    }

    private static async Task SignInAsync(HttpClient client)
    {
        var form = await client.GetStringAsync(new Uri("/staff/sign-in", UriKind.Relative));
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var response = await client.PostAsync(
            new Uri("/staff/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Key"] = StaffKey, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Signing in with the benchmark's staff key failed.");
        }
    }

    private static async Task CreateDatabaseAsync(string server, string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {database}", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task DropDatabaseAsync(string server, string database)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await using var connection = new Npgsql.NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]*)"""")]
    private static partial Regex AntiforgeryToken();
}
