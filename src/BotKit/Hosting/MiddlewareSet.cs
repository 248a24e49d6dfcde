namespace BotKit.Hosting;

/// <summary>Runs middleware in registration order, each wrapping the rest of the turn.</summary>
public sealed class MiddlewareSet : IMiddleware
{
    private readonly List<IMiddleware> _middleware = [];

    public MiddlewareSet Use(IMiddleware middleware)
    {
        _middleware.Add(middleware ?? throw new ArgumentNullException(nameof(middleware)));
        return this;
    }

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
        RunAsync(turnContext, (ctx, ct) => next(ct), cancellationToken);

    public Task ReceiveActivityWithStatusAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        RunAsync(turnContext, callback, cancellationToken);

    private Task RunAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        Task Step(int index, CancellationToken ct) =>
            index == _middleware.Count
                ? callback(turnContext, ct)
                : _middleware[index].OnTurnAsync(turnContext, nextCt => Step(index + 1, nextCt), ct);

        return Step(0, cancellationToken);
    }
}
