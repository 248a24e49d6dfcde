using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.State;

/// <summary>
/// State of one conversation: key "{channelId}/conversations/{conversationId}". In a Teams group chat or channel,
/// what a member says is theirs: the key adds "/members/{from.id}", so the dialog one member started waits for that
/// member's answer, and everything kept beside the state (recent turns, claims) is theirs alone too.
/// </summary>
public class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <summary>
    /// The storage key of the activity's conversation (or, in a shared Teams conversation, of its sender's part of it),
    /// or null when the activity names none. Documents kept beside the conversation's state (e.g. "{key}/activities")
    /// start with it.
    /// </summary>
    /// <remarks>
    /// The conversation's own events (the bot or members added or removed, an install) stay on the conversation's key:
    /// they are about the conversation, and their sender is just whoever made the change. Keying by member only ever
    /// splits a conversation's state, never joins two members' state: a wrong conversationType costs context, not privacy.
    /// </remarks>
    public static string? StorageKeyOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId is not { } channelId || activity.Conversation?.Id is not { } conversationId)
        {
            return null;
        }

        var key = $"{channelId}/conversations/{conversationId}";
        return IsMembersOwn(activity) && activity.From?.Id is { Length: > 0 } member ? $"{key}/members/{member}" : key;
    }

    private static bool IsMembersOwn(Activity activity) =>
        TeamsConversation.IsShared(activity)
        && !activity.IsType(ActivityTypes.ConversationUpdate)
        && !activity.IsType(ActivityTypes.InstallationUpdate);

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        _ = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        return StorageKeyOf(activity) ?? throw new InvalidOperationException("The activity has no conversation.id.");
    }
}
