using System.Text.Json.Nodes;
using BotKit.Schema;

namespace LearningPartnerBot.Cards;

public static class AdaptiveCardAttachment
{
    /// <summary>Wraps an expanded card as a message attachment.</summary>
    public static Attachment ToAttachment(this JsonObject card) => new()
    {
        ContentType = ContentTypes.AdaptiveCard,
        Content = card,
    };
}
