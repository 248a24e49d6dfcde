using BotKit.Hosting;

namespace BotKit.State;

/// <summary>Saves every registered state once, after the rest of the turn has run.</summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
    public AutoSaveStateMiddleware(params BotState[] botStates) => BotStateSet = new BotStateSet(botStates);

    public BotStateSet BotStateSet { get; }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(cancellationToken);
        await BotStateSet.SaveAllChangesAsync(turnContext, force: false, cancellationToken);
    }
}
