using BotKit.Schema;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>When a conversationUpdate means "a conversation with the bot has just started", which deserves a welcome.</summary>
public static class InstallWelcome
{
    /// <summary>
    /// True when the bot itself was added (Teams personal install, a team or group chat adding the bot, Direct Line's
    /// start), or when someone joined a one-to-one conversation whose channel does not list the bot (Web Chat,
    /// console). Other people joining a group chat or team that already has the bot get no welcome: it would repeat
    /// the card to everyone there.
    /// </summary>
    public static bool IsConversationStart(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.MembersAdded is not { Count: > 0 } added)
        {
            return false;
        }

        var botId = activity.Recipient?.Id;
        if (botId is not null && added.Any(m => m.Id == botId))
        {
            return true;
        }

        return activity.Conversation?.IsGroup != true && added.Any(m => m.Id != botId);
    }
}
