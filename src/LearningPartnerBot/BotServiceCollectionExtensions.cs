using BotKit.Hosting;
using LearningPartnerBot.Bots;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Channels.Teams;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Eligibility;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tickets;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningPartnerBot;

public static class BotServiceCollectionExtensions
{
    /// <summary>The bot itself: its pipeline, activity handler and dialogs. Feature issues add their own Add… calls.</summary>
    public static IServiceCollection AddLearningPartnerBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKnowledge(configuration);
        services.AddEligibility();
        services.AddEligibilityChat(configuration);
        services.AddRequestsChat();
        services.AddTickets(configuration);
        services.AddBotMetrics(configuration);
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<BotPipeline>();
        services.AddTeamsChannel();
        services.Replace(ServiceDescriptor.Singleton<CloudAdapter, AdapterWithErrorHandler>());
        services.AddSingleton<CardLibrary>();
        services.AddConversation();
        services.AddTransient<IBot, Bots.LearningPartnerBot>();
        return services;
    }
}
