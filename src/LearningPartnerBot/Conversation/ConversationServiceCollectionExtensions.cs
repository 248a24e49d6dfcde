using LearningPartnerBot.Conversation.Phrasings;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningPartnerBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>Understanding messages, the context of follow-ups, and the main dialog that decides each turn.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddSingleton(PhrasingTable.Shipped);
        services.AddSingleton<MessageRecognizer>();
        services.AddSingleton<ConversationContextStore>();
        services.TryAddSingleton<IPersonalChatRedirect, StayInThisChat>();
        services.AddSingleton<TurnActions>();
        services.AddSingleton<MainDialog>();
        return services;
    }
}
