using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>
/// The limits as a caller meets them. Buckets refill once an hour here, so a slow machine can't refill one mid-test.
/// </summary>
public sealed class RateLimitingTests
{
    private static readonly Dictionary<string, string?> SlowRefill = new()
    {
        ["RateLimiting:Conversation:ReplenishmentPeriod"] = "01:00:00",
        ["RateLimiting:User:ReplenishmentPeriod"] = "01:00:00",
        ["RateLimiting:StaffKey:ReplenishmentPeriod"] = "01:00:00",
    };

    [Fact]
    public async Task The_eleventh_turn_of_a_burst_gets_429_with_retry_after_and_another_conversation_is_unaffected()
    {
        using var bot = new RobustBotFactory(SlowRefill);
        var client = bot.CreateClient();

        for (var turn = 1; turn <= 10; turn++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "burst-a", "user-a")).StatusCode);
        }

        var eleventh = await PostAsync(client, "burst-a", "user-a");
        var other = await PostAsync(client, "burst-b", "user-b");

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.True(eleventh.Headers.RetryAfter?.Delta > TimeSpan.Zero, "429 must say when to retry, in seconds.");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task One_user_spread_over_many_conversations_is_limited_per_user()
    {
        using var bot = new RobustBotFactory(new Dictionary<string, string?>(SlowRefill) { ["RateLimiting:User:Burst"] = "3" });
        var client = bot.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var conversation = 1; conversation <= 4; conversation++)
        {
            statuses.Add((await PostAsync(client, $"spread-{conversation}", "user-spread")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "spread-5", "someone-else")).StatusCode);
    }

    [Fact]
    public async Task Configuration_sets_the_conversation_burst()
    {
        using var bot = new RobustBotFactory(new Dictionary<string, string?>(SlowRefill) { ["RateLimiting:Conversation:Burst"] = "2" });
        var client = bot.CreateClient();

        await PostAsync(client, "configured", "user-c");
        await PostAsync(client, "configured", "user-c");
        var third = await PostAsync(client, "configured", "user-c");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task A_refused_activity_never_reaches_the_bot()
    {
        var turns = new BotTurnRecorder();
        using var bot = new RobustBotFactory(new Dictionary<string, string?>(SlowRefill) { ["RateLimiting:Conversation:Burst"] = "1" }, turns.WrapBot);
        var client = bot.CreateClient();
        await PostAsync(client, "refused", "user-r");

        var refused = await PostAsync(client, "refused", "user-r");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.DoesNotContain("\"activities\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(turns.Turns, t => t.ConversationId == "refused");
    }

    [Fact]
    public async Task Each_staff_key_has_its_own_limit()
    {
        using var bot = new RobustBotFactory(new Dictionary<string, string?>(SlowRefill)
        {
            ["RateLimiting:StaffKey:Burst"] = "2",
            ["Staff:ApiKeys:0"] = "key-one-0123456789abcdef0123456789",
            ["Staff:ApiKeys:1"] = "key-two-0123456789abcdef0123456789",
        });
        var client = bot.CreateClient();

        var first = await StaffGetAsync(client, "key-one-0123456789abcdef0123456789");
        await StaffGetAsync(client, "key-one-0123456789abcdef0123456789");
        var third = await StaffGetAsync(client, "key-one-0123456789abcdef0123456789");
        var otherKey = await StaffGetAsync(client, "key-two-0123456789abcdef0123456789");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.NotFound, otherKey.StatusCode);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string conversation, string user)
    {
        var activity = WebChatActivities.Message(conversation, "hi");
        activity["from"] = new JsonObject { ["id"] = user, ["name"] = "Partner" };
        return client.PostAsJsonAsync("/api/messages", activity);
    }

    private static Task<HttpResponseMessage> StaffGetAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/tickets/LP-2026-999999", UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client.SendAsync(request);
    }
}
