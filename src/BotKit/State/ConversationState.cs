using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.State;

/// <summary>State shared by everyone in one conversation: key "{channelId}/conversations/{conversationId}".</summary>
public class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    /// <summary>
    /// The storage key of the activity's conversation, or null when the activity names none. Documents kept beside
    /// the conversation's state (e.g. "{key}/activities") start with it.
    /// </summary>
    public static string? StorageKeyOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId is { } channelId && activity.Conversation?.Id is { } conversationId
            ? $"{channelId}/conversations/{conversationId}"
            : null;
    }

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        _ = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        return StorageKeyOf(activity) ?? throw new InvalidOperationException("The activity has no conversation.id.");
    }
}

/// <summary>State that follows one user across conversations of a channel: key "{channelId}/users/{userId}".</summary>
public class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("The activity has no from.id.");
        return $"{channelId}/users/{userId}";
    }
}
