using LearningPartnerBot.Diagnostics;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>Runs the outbox every poll interval while the bot runs; does nothing when no webhook is configured.</summary>
internal sealed class TicketWebhookWorker(
    TicketWebhookOutbox outbox,
    IOptions<TicketWebhookOptions> options,
    TimeProvider clock,
    ILogger<TicketWebhookWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.PollInterval, clock);
        do
        {
            try
            {
                await outbox.DeliverDueAsync(stoppingToken);
            }
            // One bad pass (e.g. the database briefly locked) must not stop notifications for good.
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(Redact.Exception(e), "The ticket webhook outbox pass failed; it runs again at the next interval.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
