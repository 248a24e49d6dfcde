using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using BotKit.Schema;
using LearningPartnerBot.Bots;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>
/// 10,000 mutated activities against /api/messages: none may get a 5xx, no turn may throw (a turn that throws is
/// answered 200 with an apology, so the status alone would not show it), the host keeps answering its health
/// endpoint, and a normal conversation works afterwards. Replay one case with LPB_FUZZ_SEED and LPB_FUZZ_CASE.
/// </summary>
public sealed class MessagingFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261122;
    private const int Cases = 10_000;
    private const int Batch = 500;
    private const int Parallelism = 4;

    /// <summary>The fake channel refuses some replies on purpose (403, 400), as real channels do: a typed rejection.</summary>
    private static readonly string[] ExpectedTurnErrors = [typeof(BotKit.Hosting.ConnectorException).FullName!];

    /// <summary>
    /// Known defects, not rejections, listed so that every other turn error fails this test: without a
    /// MicrosoftAppId (anonymous Development) the adapter runs the turn of an activity whose serviceUrl is missing or
    /// not a URI, and the turn throws when it replies. Remove them once such an activity is refused at the door.
    /// </summary>
    private static readonly (string Type, string Message)[] KnownDefects =
    [
        (typeof(UriFormatException).FullName!, "Invalid URI"),
        (typeof(InvalidOperationException).FullName!, "The activity has no serviceUrl."),
    ];

    [Fact]
    public async Task Ten_thousand_mutated_activities_never_get_a_5xx_nor_a_turn_error_and_the_bot_still_converses_afterwards()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LPB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var only = int.TryParse(Environment.GetEnvironmentVariable("LPB_FUZZ_CASE"), CultureInfo.InvariantCulture, out var c) ? c : (int?)null;
        using var bot = new RobustBotFactory(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" }, minimumLogLevel: LogLevel.Warning);
        // Requests run in the caller's execution context, so each turn error's log entry carries its case.
        bot.App.Server.PreserveExecutionContext = true;
        var client = bot.CreateClient();
        var failures = new ConcurrentBag<string>();

        var indexes = only is { } single ? [single] : Enumerable.Range(0, Cases).ToArray();
        foreach (var batch in indexes.Chunk(Batch))
        {
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (index, _) =>
            {
                CapturingLoggerProvider.Context.Value = index.ToString(CultureInfo.InvariantCulture);
                if (await PostAsync(client, ActivityFuzzer.Create(seed, index), seed) is { } failure)
                {
                    failures.Add(failure);
                }
            });

            var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.True(health.StatusCode == HttpStatusCode.OK, $"/healthz answered {(int)health.StatusCode} after case {batch[^1]} (seed {seed}).");
        }

        var turnErrors = bot.Logs.Entries.Where(e => e.Category == typeof(TurnErrorHandler).FullName && e.Level >= LogLevel.Error && e.Exception is not null).ToList();
        var known = turnErrors.Where(e => IsExpected(e.Exception!) || IsKnownDefect(e.Exception!)).ToList();
        foreach (var group in known.GroupBy(e => Summary(e.Exception!)))
        {
            output.WriteLine($"expected or known: {group.Count()}× {group.Key}");
        }

        var unexpected = turnErrors.Except(known).ToList();
        foreach (var group in unexpected.GroupBy(e => Summary(e.Exception!)).Take(10))
        {
            var first = group.First();
            var replay = int.TryParse(first.Context, CultureInfo.InvariantCulture, out var index)
                ? Describe(ActivityFuzzer.Create(seed, index), seed, first.Message)
                : $"(no case recorded) {first.Message}\n";
            failures.Add($"{group.Count()}× turn error {group.Key}\n{replay}{string.Join('\n', first.Exception!.ToString().Split('\n').Take(8))}\n");
        }

        foreach (var failure in failures.Take(5))
        {
            output.WriteLine(failure);
        }

        Assert.True(
            failures.IsEmpty,
            $"{failures.Count} failures in {indexes.Length} requests (seed {seed}; {unexpected.Count} unexpected turn errors); the first:\n{failures.FirstOrDefault()}");
        await AssertANormalConversationWorksAsync(client);
    }

    /// <summary>The exception's own type (a redacted one keeps it in its text) and the first line of its message.</summary>
    private static string Summary(Exception exception) => $"{OriginalType(exception)}: {exception.Message.Split('\n')[0]}";

    private static string OriginalType(Exception exception) =>
        exception is RedactedException redacted ? redacted.ToString().Split(':', 2)[0] : exception.GetType().FullName!;

    private static bool IsExpected(Exception exception) => ExpectedTurnErrors.Contains(OriginalType(exception));

    private static bool IsKnownDefect(Exception exception) =>
        KnownDefects.Any(d => d.Type == OriginalType(exception) && exception.Message.StartsWith(d.Message, StringComparison.Ordinal));

    private static async Task<string?> PostAsync(HttpClient client, FuzzCase fuzz, int seed)
    {
        using var content = new ByteArrayContent(fuzz.Body);
        if (fuzz.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        }

        try
        {
            using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
            if ((int)response.StatusCode < 500 || (response.StatusCode == HttpStatusCode.NotImplemented && IsInvoke(fuzz)))
            {
                return null;
            }

            var answer = await response.Content.ReadAsStringAsync();
            return Describe(fuzz, seed, $"status {(int)response.StatusCode}: {answer[..Math.Min(answer.Length, 3_000)]}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Describe(fuzz, seed, $"the host threw {e}");
        }
    }

    // The protocol's answer to an invoke no handler took (as the SDK's adapter does), not a failure of the bot.
    private static bool IsInvoke(FuzzCase fuzz) => Encoding.UTF8.GetString(fuzz.Body).Contains("\"type\":\"invoke\"", StringComparison.Ordinal);

    private static string Describe(FuzzCase fuzz, int seed, string outcome) =>
        $"Replay with LPB_FUZZ_SEED={seed} LPB_FUZZ_CASE={fuzz.Index} ({fuzz.Kind}, Content-Type: {fuzz.ContentType ?? "none"})\n" +
        $"Body: {fuzz.BodyPreview()}\nOutcome: {outcome}\n";

    private static async Task AssertANormalConversationWorksAsync(HttpClient client)
    {
        var welcome = await RepliesAsync(client, WebChatActivities.ConversationUpdate("after-fuzz"));
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(Assert.Single(welcome).Attachments!).ContentType);

        var answer = await RepliesAsync(client, WebChatActivities.Message("after-fuzz", "Which roles are allowed to enroll us in the Learning Partner program?"));
        var card = Assert.Single(answer.SelectMany(a => a.Attachments ?? []));
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Contains("learn.microsoft.com", card.Content!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<Activity>> RepliesAsync(HttpClient client, System.Text.Json.Nodes.JsonObject activity)
    {
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
    }
}
