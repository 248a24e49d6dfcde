using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Knowledge.Feedback;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Insights;

/// <summary>
/// Writes the FAQ counts and unanswered questions kept in memory every <see cref="InsightsOptions.FlushInterval"/> (and once more on shutdown,
/// so a clean stop loses none), and purges what is past retention once a day.
/// </summary>
internal sealed class InsightsWorker(
    FaqFeedbackStore feedback,
    InsightsRetention retention,
    IOptions<InsightsOptions> options,
    TimeProvider clock,
    ILogger<InsightsWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextPurge = clock.GetUtcNow();
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        Task<bool>? tick = null;
        Task? wanted = null;
        do
        {
            await RunSafelyAsync(() => feedback.FlushAnswerCountsAsync(stoppingToken), "write the FAQ counts");
            await RunSafelyAsync(() => feedback.FlushUnansweredAsync(stoppingToken), "write the unanswered questions");
            if (clock.GetUtcNow() >= nextPurge)
            {
                nextPurge = clock.GetUtcNow() + PurgeInterval;
                await RunSafelyAsync(
                    async () =>
                    {
                        var purged = await retention.PurgeAsync(stoppingToken);
                        logger.LogInformation("Purged {Rows} FAQ counts, votes and unanswered questions from before {Day}.", purged, retention.FirstKeptDay);
                    },
                    "purge old FAQ feedback");
            }
        }
        while (await NextFlushAsync());

        // At the interval, or earlier when the questions held in memory reach their bound. Neither wait is dropped
        // while the other wins: the timer allows one waiter at a time, and a lost wait would swallow a flush request.
        async Task<bool> NextFlushAsync()
        {
            tick ??= WaitAsync(timer, stoppingToken);
            wanted ??= feedback.FlushWantedAsync(stoppingToken);
            if (await Task.WhenAny(tick, wanted) == wanted)
            {
                wanted = null;
                return !stoppingToken.IsCancellationRequested;
            }

            var ticked = await tick;
            tick = null;
            return ticked;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await RunSafelyAsync(() => feedback.FlushAnswerCountsAsync(cancellationToken), "write the FAQ counts on shutdown");
        await RunSafelyAsync(() => feedback.FlushUnansweredAsync(cancellationToken), "write the unanswered questions on shutdown");
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RunSafelyAsync(Func<Task> work, string what)
    {
        try
        {
            await work();
        }
        // Statistics must never take the bot down; the counts stay in memory for the next attempt.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(Redact.Exception(e), "Could not {What}; trying again later.", what);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
