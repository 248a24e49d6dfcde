using BotKit.Hosting;
using LearningPartnerBot.Tests.Tickets.Data;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Tests.Tickets.Notifications;

public sealed class TicketWebhookOutboxTests : IDisposable
{
    private readonly TempTicketsDatabase _database = new();
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    private static IOptions<TicketWebhookOptions> Options(Uri? url) => Microsoft.Extensions.Options.Options.Create(new TicketWebhookOptions
    {
        Url = url,
        MaxRetryAttempts = 1,
        RetryDelay = TimeSpan.Zero,
    });

    // A new instance stands for the bot after a restart: nothing but the database carries over.
    private TicketWebhookOutbox Outbox(Uri url) =>
        new(new SingleInstanceLiveness(), _database.Factory, new OneClientFactory(), _clock, Options(url), NullLogger<TicketWebhookOutbox>.Instance);

    [Fact]
    public async Task A_notification_claimed_by_a_bot_that_was_killed_before_sending_goes_out_after_the_restart_at_once()
    {
        await using var webhook = await FlakyWebhookServer.StartAsync(failFirst: 0);
        var receipt = await new TicketService(_database.Factory, _clock, Options(webhook.Url)).CreateAsync(SampleTickets.Kpi());

        // What the killed bot left: the message claimed for a five-minute lease, never sent.
        await using (var db = _database.Open())
        {
            var claimed = await db.Outbox.SingleAsync();
            claimed.NextAttemptAt = _clock.Now + TimeSpan.FromMinutes(5);
            claimed.ClaimedBy = "process-killed";
            await db.SaveChangesAsync();
        }

        var restarted = Outbox(webhook.Url);
        Assert.Equal(1, await restarted.DeliverDueAsync(default));
        Assert.Equal(0, await restarted.DeliverDueAsync(default));

        Assert.Equal(receipt.Reference, (string?)Assert.Single(webhook.Accepted)["reference"]);
        await using var after = _database.Open();
        Assert.Null((await after.Outbox.SingleAsync()).ClaimedBy);
    }

    [Fact]
    public async Task A_webhook_outage_across_a_restart_loses_nothing_and_delivers_each_ticket_once()
    {
        await using var webhook = await FlakyWebhookServer.StartAsync(failFirst: 4);
        var tickets = new TicketService(_database.Factory, _clock, Options(webhook.Url));
        var submit = SampleTickets.Kpi();
        var first = await tickets.CreateAsync(submit);
        await tickets.CreateAsync(submit);
        var second = await tickets.CreateAsync(SampleTickets.Directory());

        // Each ticket gets a first try and one quick retry, all inside the outage.
        Assert.Equal(0, await Outbox(webhook.Url).DeliverDueAsync(default));
        Assert.Equal(4, webhook.Requests);
        Assert.Equal(0, await Outbox(webhook.Url).DeliverDueAsync(default));
        Assert.Equal(4, webhook.Requests);
        await using (var db = _database.Open())
        {
            Assert.All(await db.Outbox.ToListAsync(), m => Assert.Equal((1, "503 Service Unavailable"), (m.FailedRounds, m.LastError)));
        }

        _clock.Now += TimeSpan.FromMinutes(1);
        var restarted = Outbox(webhook.Url);
        Assert.Equal(2, await restarted.DeliverDueAsync(default));
        _clock.Now += TimeSpan.FromDays(1);
        Assert.Equal(0, await restarted.DeliverDueAsync(default));

        Assert.Equal(
            [$"New ticket {first.Reference}", $"New ticket {second.Reference}"],
            webhook.Accepted.Select(body => (string)body["attachments"]![0]!["content"]!["body"]![0]!["text"]!));
    }

    [Fact]
    public async Task The_notification_is_an_Adaptive_Card_message_a_Teams_workflow_accepts()
    {
        await using var webhook = await FlakyWebhookServer.StartAsync(failFirst: 0);
        var receipt = await new TicketService(_database.Factory, _clock, Options(webhook.Url)).CreateAsync(SampleTickets.Kpi(partner: "1234567"));

        await Outbox(webhook.Url).DeliverDueAsync(default);

        var message = Assert.Single(webhook.Accepted);
        Assert.Equal("message", (string?)message["type"]);
        var attachment = message["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
        var facts = attachment["content"]!["body"]![1]!["facts"]!.AsArray().ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);
        Assert.Equal(("KpiDiscrepancy", "1234567", "Ayşe Yılmaz"), (facts["Type"], facts["Partner"], facts["Requester"]));
        Assert.Equal(receipt.Reference, (string?)message["reference"]);
    }

    [Fact]
    public async Task Without_a_webhook_no_notification_is_queued()
    {
        await new TicketService(_database.Factory, _clock, Options(url: null)).CreateAsync(SampleTickets.Kpi());

        await using var db = _database.Open();
        Assert.Empty(await db.Outbox.ToListAsync());
    }

    public void Dispose() => _database.Dispose();

    private sealed class OneClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
