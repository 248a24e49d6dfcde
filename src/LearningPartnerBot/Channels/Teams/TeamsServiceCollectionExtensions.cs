using BotKit.Hosting;

namespace LearningPartnerBot.Channels.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>What the channel endpoint (/api/messages, where Teams posts) adds to the bot's pipeline.</summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        // One instance for the process: a redelivery must find the id its first delivery left behind.
        services.AddSingleton(sp => new ActivityDeduplicationMiddleware(
            sp.GetService<TimeProvider>(), logger: sp.GetRequiredService<ILogger<ActivityDeduplicationMiddleware>>()));
        services.AddSingleton<CardSizeGuard>();
        return services;
    }
}
