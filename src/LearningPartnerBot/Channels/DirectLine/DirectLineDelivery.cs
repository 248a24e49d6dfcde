using BotKit.Schema;
using ChannelIds = BotKit.Schema.Channels;

namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>Ticket updates for a Direct Line conversation go into its transcript in this process.</summary>
public sealed class DirectLineDelivery(DirectLineAdapter adapter) : IInProcessDelivery
{
    public bool Owns(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.ChannelId == ChannelIds.Directline || reference.ServiceUrl == DirectLineAdapter.ServiceUrl;
    }

    public string? Deliver(ConversationReference reference, Activity activity) =>
        adapter.SendProactive(reference, activity)
            ? null
            : "The partner's Direct Line conversation has ended (the bot restarted or it was idle), so the message was not delivered.";
}
