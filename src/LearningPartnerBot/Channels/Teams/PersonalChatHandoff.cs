using System.Text.Json.Nodes;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Channels.Teams;

/// <summary>
/// Keeps personal journeys (eligibility verdicts, requests, a partner's own tickets, talking to a person) out of Teams
/// group chats and channels, where every member reads along. There, the bot opens its one-to-one chat with the member
/// through the connector and puts a button there that starts the journey; in the thread it says where to look. When
/// Teams refuses the new chat (the app is not installed for the member, the tenant forbids it), the thread gets a link to
/// the bot's personal chat instead. Anywhere else it does nothing, and the journey runs where it was asked for.
/// </summary>
public sealed class PersonalChatHandoff(IConnectorClientFactory connectors, ILogger<PersonalChatHandoff> logger) : Conversation.IPersonalChatRedirect
{
    /// <summary>
    /// In a Teams group chat or channel: moves <paramref name="journey"/> (one of <see cref="PersonalJourneys"/>) to the
    /// member's personal chat and returns true. Elsewhere: returns false and sends nothing.
    /// </summary>
    public async Task<bool> TryMoveToPersonalChatAsync(ITurnContext turnContext, string journey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!PersonalJourneys.All.Contains(journey))
        {
            throw new ArgumentOutOfRangeException(nameof(journey), journey, "Not a personal journey.");
        }

        var activity = turnContext.Activity;
        if (!TeamsConversation.IsShared(activity))
        {
            return false;
        }

        var strings = SharedConversationStrings.Get(LocaleResolver.Resolve(activity));
        var inThread = await TryStartInPersonalChatAsync(activity, journey, strings, cancellationToken)
            ? strings.ContinuedInPersonalChat
            : DeepLink(activity) is { } link ? strings.OpenPersonalChat(link) : strings.OpenPersonalChatYourself;
        await turnContext.SendActivityAsync(MessageFactory.Text(inThread), cancellationToken);
        return true;
    }

    /// <summary>
    /// The link that opens the bot's one-to-one chat in Teams (the bot's id, "28:" and its app id, as the only other
    /// participant), or null when the activity does not name the bot.
    /// </summary>
    public static string? DeepLink(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Recipient?.Id is { Length: > 0 } botId
            ? "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(botId)
            : null;
    }

    private async Task<bool> TryStartInPersonalChatAsync(Activity activity, string journey, SharedConversationStrings strings, CancellationToken cancellationToken)
    {
        if (activity is not { From.Id: { Length: > 0 } memberId, Recipient.Id: { Length: > 0 } botId, ServiceUrl: { Length: > 0 } serviceUrl }
            || TeamsConversation.TenantId(activity) is not { Length: > 0 } tenantId)
        {
            return false;
        }

        try
        {
            var created = await connectors.Create(serviceUrl).CreateConversationAsync(
                new ConversationParameters
                {
                    IsGroup = false,
                    Bot = new ChannelAccount(botId, activity.Recipient.Name),
                    Members = [new ChannelAccount(memberId)],
                    TenantId = tenantId,
                    ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
                },
                cancellationToken);
            if (created.Id is not { Length: > 0 } conversationId)
            {
                logger.LogWarning("Teams created no personal chat for a {Journey} journey: the answer named no conversation", journey);
                return false;
            }

            // The new chat may live behind another service URL; Teams says so in its answer.
            var chatServiceUrl = created.ServiceUrl is { Length: > 0 } url ? url : serviceUrl;
            var first = FirstMessage(journey, strings);
            first.ChannelId = activity.ChannelId;
            first.ServiceUrl = chatServiceUrl;
            first.From = new ChannelAccount(botId, activity.Recipient.Name);
            first.Recipient = new ChannelAccount(memberId);
            first.Conversation = new ConversationAccount(conversationId) { ConversationType = TeamsConversation.Personal, TenantId = tenantId };
            await connectors.Create(chatServiceUrl).SendToConversationAsync(first, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            // Not the partner's words, only the channel's answer: safe to log as it is.
            logger.LogWarning(e, "Could not open the personal chat for a {Journey} journey; the thread gets a link instead", journey);
            return false;
        }
    }

    /// <summary>A short card whose button posts <c>{"journey": id}</c>, so the journey starts when the partner is ready.</summary>
    private static Activity FirstMessage(string journey, SharedConversationStrings strings)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["speak"] = strings.Start(journey),
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = strings.Start(journey), ["wrap"] = true }),
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = strings.ContinueHere,
                ["data"] = new JsonObject { ["journey"] = journey },
            }),
        };
        var message = MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card });
        message.Locale = strings.Culture.Name;
        return message;
    }
}
