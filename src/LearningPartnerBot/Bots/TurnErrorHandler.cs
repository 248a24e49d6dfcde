using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Bots;

/// <summary>
/// What happens when a turn throws: the error is logged, the partner gets an apology in their language,
/// the conversation state is deleted so a broken dialog cannot fail the same way on every later message,
/// and, in the Emulator only, a trace carries the error's type and masked message to the developer: on any other
/// channel (expectReplies answers included) it would hand internals and partner data to whoever sent the activity.
/// A state conflict is not such a failure: another instance of the bot saved this conversation during the turn (its
/// turns are serialized per instance only). That instance's state is the good one and it has answered, so nothing is
/// deleted and the partner sees no apology; only this turn's state changes are dropped.
/// </summary>
public sealed class TurnErrorHandler(ILogger<TurnErrorHandler> logger, ConversationState conversationState)
{
    public const string TraceName = "OnTurnError Trace";
    public const string TraceValueType = "https://www.botframework.com/schemas/error";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        if (exception is EtagConflictException)
        {
            // Not redacted: a conflict names only storage keys and ETags, never what the partner typed.
            logger.LogWarning(exception, "Another instance saved conversation {ConversationId} on {ChannelId} during this {ActivityType} turn; its state stands", activity.Conversation?.Id, activity.ChannelId, activity.Type);
            return;
        }

        logger.LogError(Redact.Exception(exception), "Unhandled error in a {ActivityType} turn of conversation {ConversationId} on {ChannelId}", activity.Type, activity.Conversation?.Id, activity.ChannelId);

        // Each step is attempted even if an earlier one fails: an unreachable channel must not keep a poisoned state.
        await TryAsync("send the apology", async () =>
        {
            var strings = BotStrings.Get(LocaleResolver.Resolve(activity));
            await turnContext.SendActivityAsync(strings.TurnErrorApology);
            await turnContext.SendActivityAsync(strings.TurnErrorRetry);
        });
        await TryAsync("delete the conversation state", () => conversationState.DeleteAsync(turnContext));
        if (activity.ChannelId == BotKit.Schema.Channels.Emulator)
        {
            await TryAsync("send the error trace", () =>
                turnContext.SendActivityAsync(Activity.CreateTraceActivity(TraceName, TraceValueType, TraceText(exception), "TurnError")));
        }
    }

    /// <summary>The type and the message with partner data masked, as the logs have it; never a stack trace.</summary>
    public static string TraceText(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return $"{exception.GetType().Name}: {Redact.Text(exception.Message)}";
    }

    private async Task TryAsync(string what, Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(Redact.Exception(ex), "While handling a turn error, could not {Step}", what);
        }
    }
}
