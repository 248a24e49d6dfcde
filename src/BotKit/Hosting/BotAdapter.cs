using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// Connects a bot to a channel: runs the middleware pipeline for each incoming activity, delivers
/// outgoing activities, and routes unhandled exceptions to <see cref="OnTurnError"/>.
/// </summary>
public abstract class BotAdapter
{
    private readonly ConversationTurnGate _gate = new();

    protected BotAdapter()
    {
    }

    /// <summary>Called with the turn and the exception when the bot or a middleware throws. When null, the exception propagates.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public MiddlewareSet MiddlewareSet { get; } = new();

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="callback"/> in a turn for an existing conversation, as if an event had arrived (proactive messaging).</summary>
    public virtual async Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var continuation = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" }
            .ApplyConversationReference(reference, isIncoming: true);
        using var context = new TurnContext(this, continuation);
        await RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>
    /// Runs the middleware and the bot for one turn. Turns of one conversation never overlap inside
    /// this adapter, so state read at the start of a turn is still current when it is saved at the end.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        using var turn = await _gate.EnterAsync(ConversationTurnGate.KeyOf(turnContext.Activity), cancellationToken);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex);
        }
    }
}
