using System.Net;
using System.Net.Http.Headers;
using BotKit.Hosting;

namespace BotKit.Tests.Hosting.Outbound;

public sealed class ConnectorRetryTests
{
    [Fact]
    public async Task A_throttled_send_waits_as_long_as_the_channel_asks_and_is_delivered_once()
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Channel.Then(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)));

        var response = await harness.Client().SendToConversationAsync(OutboundHarness.Message());

        Assert.Equal("delivered-1", response.Id);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.OK], harness.Channel.Attempts.Select(a => a.Answer));
        Assert.Equal(1, harness.Channel.Delivered);
        Assert.Equal([TimeSpan.FromSeconds(2)], harness.Clock.Waits);
    }

    [Fact]
    public async Task A_retry_after_date_is_waited_for_until_that_moment()
    {
        using var harness = OutboundHarness.MultiTenant();
        var at = new DateTimeOffset(harness.Clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(5);
        harness.Clock.Advance(at.AddSeconds(-5) - harness.Clock.GetUtcNow());
        harness.Channel.Then(HttpStatusCode.ServiceUnavailable, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(at));

        await harness.Client().ReplyToActivityAsync(Reply());

        Assert.Equal(1, harness.Channel.Delivered);
        Assert.Equal([TimeSpan.FromSeconds(5)], harness.Clock.Waits);
    }

    [Fact]
    public async Task An_update_failing_with_5xx_is_tried_up_to_the_limit_then_fails_with_the_status()
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Channel.Always(HttpStatusCode.BadGateway, times: 10);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client().UpdateActivityAsync(OutboundHarness.Update()));

        Assert.Equal(502, error.StatusCode);
        Assert.Equal(1 + 3, harness.Channel.Attempts.Count);
        Assert.Equal(3, harness.Clock.Waits.Count);
    }

    [Fact]
    public async Task A_delete_failing_with_500_then_succeeding_is_retried()
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Channel.Then(HttpStatusCode.InternalServerError);

        await harness.Client().DeleteActivityAsync("a:1XyZ", "42");

        Assert.Equal([HttpMethod.Delete, HttpMethod.Delete], harness.Channel.Attempts.Select(a => a.Method));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_send_with_an_unknown_outcome_is_not_repeated_so_the_partner_never_sees_it_twice(HttpStatusCode status)
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Channel.Then(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client().SendToConversationAsync(OutboundHarness.Message()));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Single(harness.Channel.Attempts);
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Channel.Always(HttpStatusCode.Forbidden, times: 4);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client().UpdateActivityAsync(OutboundHarness.Update()));

        Assert.Equal(403, error.StatusCode);
        Assert.Single(harness.Channel.Attempts);
        Assert.Empty(harness.Clock.Waits);
    }

    [Fact]
    public async Task A_retry_after_longer_than_the_configured_maximum_fails_at_once_with_429()
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Channel.Then(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client().SendToConversationAsync(OutboundHarness.Message()));

        Assert.Equal(429, error.StatusCode);
        Assert.Single(harness.Channel.Attempts);
    }

    [Fact]
    public async Task Neither_the_token_nor_the_secret_appears_in_any_log_line()
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Channel.Then(HttpStatusCode.TooManyRequests, r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)));
        harness.Channel.Then(HttpStatusCode.OK).Then(HttpStatusCode.Forbidden);
        var client = harness.Client();

        await client.SendToConversationAsync(OutboundHarness.Message());
        await Assert.ThrowsAsync<ConnectorException>(() => client.UpdateActivityAsync(OutboundHarness.Update()));

        var lines = harness.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("retry 1 of 3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Bot Connector token", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("access-token-", StringComparison.Ordinal) || l.Contains("eyJ0eXAi", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(OutboundHarness.Secret, StringComparison.Ordinal));
    }

    private static BotKit.Schema.Activity Reply()
    {
        var reply = OutboundHarness.Message();
        reply.ReplyToId = "1732269000000";
        return reply;
    }
}
