using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>The channel's Connector REST API (v3) as the bot uses it: send, reply, update, delete, create conversation.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>Opens a new conversation (e.g. a proactive 1:1 chat); send to it at the returned serviceUrl and id.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default);
}
