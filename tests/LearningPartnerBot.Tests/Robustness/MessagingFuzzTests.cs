using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using BotKit.Schema;
using LearningPartnerBot.Tests.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>
/// 10,000 mutated activities against /api/messages: none may get a 5xx, the host keeps answering its health endpoint,
/// and a normal conversation works afterwards. Replay one case with LPB_FUZZ_SEED and LPB_FUZZ_CASE.
/// </summary>
public sealed class MessagingFuzzTests(ITestOutputHelper output)
{
    private const int DefaultSeed = 20261122;
    private const int Cases = 10_000;
    private const int Batch = 500;
    private const int Parallelism = 4;

    [Fact]
    public async Task Ten_thousand_mutated_activities_never_get_a_5xx_and_the_bot_still_converses_afterwards()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LPB_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        var only = int.TryParse(Environment.GetEnvironmentVariable("LPB_FUZZ_CASE"), CultureInfo.InvariantCulture, out var c) ? c : (int?)null;
        using var bot = new RobustBotFactory(new Dictionary<string, string?> { ["RateLimiting:Enabled"] = "false" }, minimumLogLevel: LogLevel.Warning);
        var client = bot.CreateClient();
        var failures = new ConcurrentBag<string>();

        var indexes = only is { } single ? [single] : Enumerable.Range(0, Cases).ToArray();
        foreach (var batch in indexes.Chunk(Batch))
        {
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (index, _) =>
            {
                if (await PostAsync(client, ActivityFuzzer.Create(seed, index), seed) is { } failure)
                {
                    failures.Add(failure);
                }
            });

            var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.True(health.StatusCode == HttpStatusCode.OK, $"/healthz answered {(int)health.StatusCode} after case {batch[^1]} (seed {seed}).");
        }

        // Failed turns end in an apology (200), so they are not failures of the endpoint; they are listed to be fixed.
        foreach (var turnError in bot.Logs.Entries.Where(e => e.Exception is not null).GroupBy(e => e.Exception!.GetType().Name + ": " + e.Exception!.Message.Split('\n')[0]).Take(20))
        {
            output.WriteLine($"{turnError.Count()}× {turnError.Key}\n{turnError.First().Exception!.StackTrace?.Split('\n').Take(6).Aggregate((a, b) => a + "\n" + b)}");
        }

        foreach (var failure in failures.Take(5))
        {
            output.WriteLine(failure);
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {indexes.Length} requests failed (seed {seed}); the first:\n{failures.FirstOrDefault()}");
        await AssertANormalConversationWorksAsync(client);
    }

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
