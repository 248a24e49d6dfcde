using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Requests;

/// <summary>Writes the recent turns every <see cref="RecentTurnsOptions.FlushInterval"/>, and once more at shutdown.</summary>
public sealed class RecentTurnsFlusher(RecentTurns recentTurns, IOptions<RecentTurnsOptions> options, TimeProvider clock, ILogger<RecentTurnsFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FlushInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the final flush follows.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await recentTurns.FlushAsync(cancellationToken);
        }
        catch (AggregateException e)
        {
            logger.LogWarning(e, "Recent turns of {Count} conversations could not be written; they are kept and retried.", e.InnerExceptions.Count);
        }
    }
}

/// <summary>Configuration section "RecentTurns".</summary>
public sealed class RecentTurnsOptions
{
    public const string SectionName = "RecentTurns";

    /// <summary>
    /// How long a line may wait in memory before it is written; what a killed process can lose. A waiting line is held
    /// by an old object, so every collection in the meantime copies it into an older generation, where it dies later
    /// and costs more. Under load, 50 ms instead of 200 ms more than halved what a young collection kept through old
    /// objects, and the bot's memory grew less (docs/performance.md). An idle flush costs nothing.
    /// </summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromMilliseconds(50);
}
