using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>Which conversation and install updates deserve a welcome, and which welcome.</summary>
public static class InstallWelcome
{
    /// <summary>What a conversation or install update calls for.</summary>
    public enum Welcome
    {
        /// <summary>Nothing: someone else joined, the bot was removed, or it is not an update at all.</summary>
        None,

        /// <summary>The full welcome card with the journeys: a one-to-one conversation with the partner.</summary>
        Personal,

        /// <summary>
        /// A short note for everyone in a Teams team (its General channel, where the install is announced) or group
        /// chat: what the bot answers there, and that personal checks happen in the personal chat.
        /// </summary>
        Shared,
    }

    /// <summary>The welcome <paramref name="update"/> calls for. The bot still greets a conversation only once.</summary>
    public static Welcome For(Activity update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var starts = update.Type switch
        {
            ActivityTypes.InstallationUpdate => update.Action is "add" or "add-upgrade",
            ActivityTypes.ConversationUpdate => IsConversationStart(update),
            _ => false,
        };
        return !starts ? Welcome.None : TeamsConversation.IsShared(update) ? Welcome.Shared : Welcome.Personal;
    }

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

        var shared = activity.Conversation?.IsGroup == true || TeamsConversation.IsShared(activity);
        return !shared && added.Any(m => m.Id != botId);
    }

    /// <summary>
    /// The welcome to send for <paramref name="update"/>: the shared note in a Teams team or group chat, otherwise
    /// <paramref name="personalWelcome"/> (the bot's welcome card). In a team it goes to the conversation the install
    /// arrived in, which Teams makes the team's General channel.
    /// </summary>
    public static Activity MessageFor(Activity update, Func<Activity> personalWelcome)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(personalWelcome);
        return TeamsConversation.IsShared(update) ? SharedWelcome(update) : personalWelcome();
    }

    /// <summary>The short welcome for a team or group chat, with a button to the bot's personal chat.</summary>
    public static Activity SharedWelcome(Activity update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var strings = SharedConversationStrings.Get(LocaleResolver.Resolve(update));
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["speak"] = strings.SharedWelcome,
            ["body"] = new JsonArray(
                new JsonObject { ["type"] = "TextBlock", ["text"] = strings.SharedWelcome, ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = strings.SharedWelcomePersonal, ["wrap"] = true }),
        };
        if (PersonalChatHandoff.DeepLink(update) is { } link)
        {
            card["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = strings.OpenPersonalChatButton, ["url"] = link });
        }

        var message = MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card });
        message.Locale = strings.Culture.Name;
        return message;
    }
}
