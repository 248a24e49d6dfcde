using System.Diagnostics;
using BotKit.Hosting;

namespace LearningPartnerBot.Diagnostics;

/// <summary>
/// Counts every turn and times it, failed turns included (a turn that throws still took the partner's time), and
/// wraps it in a trace span (<see cref="BotTracing"/>). It runs outside state loading and saving, so the latency is
/// what the partner waits for.
/// </summary>
public sealed class TurnMetricsMiddleware(BotMetrics metrics) : BotKit.Hosting.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        using var trace = BotTracing.StartTurn(turnContext);
        try
        {
            await next(cancellationToken);
        }
        catch (Exception exception) when (trace is not null)
        {
            trace.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            metrics.TurnCompleted(turnContext.Activity.ChannelId, turnContext.Activity.Type, Stopwatch.GetElapsedTime(started));
        }
    }
}
