namespace LearningPartnerBot.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>
    /// The bot's metrics (<see cref="BotMetrics"/>), the middleware that counts, times and traces turns, and their
    /// export when Telemetry:* settings ask for it.
    /// </summary>
    public static IServiceCollection AddBotMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        services.AddBotTelemetry(configuration);
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<TurnMetricsMiddleware>();
        return services;
    }
}
