using BotKit.Auth;
using BotKit.Hosting;
using BotKit.Schema;

namespace LearningPartnerBot.Channels;

/// <summary>
/// The common ground of the channels this app plays itself (the terminal, the Direct Line endpoint): an incoming
/// activity is stamped as a channel would stamp it and the bot runs in-process, through the same pipeline as on
/// /api/messages.
/// </summary>
public abstract class InProcessAdapter(TimeProvider clock) : BotAdapter
{
    protected TimeProvider Clock { get; } = clock ?? throw new ArgumentNullException(nameof(clock));

    /// <summary>
    /// Addresses <paramref name="activity"/> from the conversation's user to the bot (in its locale unless the activity
    /// states one), timestamps it, gives it the id
    /// <paramref name="assignId"/> returns (the channel's transcript decides it) and runs the bot's turn.
    /// </summary>
    protected async Task RunTurnAsync(Activity activity, ConversationReference conversation, Func<Activity, string?> assignId, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(assignId);
        ArgumentNullException.ThrowIfNull(bot);
        activity.ApplyConversationReference(conversation, isIncoming: true);
        activity.Timestamp = Clock.GetUtcNow();
        activity.Id = assignId(activity);

        // Through JSON and back, so the bot sees values exactly as it would over HTTP (JsonElement, not JsonNode), and
        // what it changes on its activity does not change the channel's copy.
        using var context = new TurnContext(this, activity.Clone());

        // This process addressed the activity from the conversation it keeps, so the sender is the one it assigned.
        context.TurnState[CloudAdapter.BotIdentityKey] = ChannelIdentity.InProcess();
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>Neither a terminal nor Web Chat over Direct Line can take back a message it has shown.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
