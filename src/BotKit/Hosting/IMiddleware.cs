namespace BotKit.Hosting;

/// <summary>A step that runs around every turn (state saving, logging, transcript…).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
