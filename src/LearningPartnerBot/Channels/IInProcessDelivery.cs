using BotKit.Schema;

namespace LearningPartnerBot.Channels;

/// <summary>
/// A channel this process plays itself (Direct Line), whose conversations are reached in memory rather than through
/// a Connector API: a message the bot starts on its own (a ticket update) is handed to it, never POSTed anywhere.
/// </summary>
public interface IInProcessDelivery
{
    /// <summary>Whether <paramref name="reference"/> is one of this channel's conversations.</summary>
    bool Owns(ConversationReference reference);

    /// <summary>Null when delivered, otherwise why not (said to staff).</summary>
    string? Deliver(ConversationReference reference, Activity activity);
}
