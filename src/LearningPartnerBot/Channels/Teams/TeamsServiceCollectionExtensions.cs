using BotKit.Hosting;
using BotKit.State;
using LearningPartnerBot.Data;

namespace LearningPartnerBot.Channels.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>What the channel endpoint (/api/messages, where Teams posts) adds to the bot's pipeline.</summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        // One instance for the process: a redelivery must find the id its first delivery left behind. On the shared
        // store (PostgreSQL, several instances) ids are claimed there too, so another instance finds them as well.
        // Claims name this instance, so a retry of a turn that died with its instance runs on the next one to get it.
        services.AddSingleton(sp =>
        {
            var shared = sp.GetRequiredService<BotDatabase>().IsShared;
            return new ActivityDeduplicationMiddleware(
                sp.GetService<TimeProvider>(),
                logger: sp.GetRequiredService<ILogger<ActivityDeduplicationMiddleware>>(),
                sharedClaims: shared ? sp.GetRequiredService<IStorage>() : null,
                instanceLiveness: sp.GetRequiredService<IInstanceLiveness>());
        });
        services.AddSingleton<CardSizeGuard>();
        services.AddSingleton<PersonalChatHandoff>();
        services.AddSingleton<Conversation.IPersonalChatRedirect>(sp => sp.GetRequiredService<PersonalChatHandoff>());
        return services;
    }
}
