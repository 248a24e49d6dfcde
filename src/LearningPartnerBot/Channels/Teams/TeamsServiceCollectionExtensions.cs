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
        services.AddSingleton(sp => new ActivityDeduplicationMiddleware(
            sp.GetService<TimeProvider>(),
            logger: sp.GetRequiredService<ILogger<ActivityDeduplicationMiddleware>>(),
            sharedClaims: sp.GetRequiredService<BotDatabase>().IsShared ? sp.GetRequiredService<IStorage>() : null));
        services.AddSingleton<CardSizeGuard>();
        return services;
    }
}
