namespace LearningPartnerBot.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>The bot's metrics (<see cref="BotMetrics"/>) and the middleware that counts and times turns.</summary>
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<TurnMetricsMiddleware>();
        return services;
    }
}
