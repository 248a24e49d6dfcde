using BotKit.Hosting;

namespace LearningPartnerBot.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>
    /// Limits per conversation and per user on the messaging endpoints (the adapters ask <see cref="IActivityRateLimiter"/>
    /// once the activity is parsed and authenticated) and per staff key on the staff API (an ASP.NET Core rate limiter
    /// policy, <see cref="StaffKeyRateLimiterPolicy.Name"/>). Refusals are 429 with Retry-After in seconds.
    /// </summary>
    public static IServiceCollection AddBotRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddSingleton<ActivityRateLimiter>();
        services.AddSingleton<IActivityRateLimiter>(sp => sp.GetRequiredService<ActivityRateLimiter>());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy<string, StaffKeyRateLimiterPolicy>(StaffKeyRateLimiterPolicy.Name);
        });
        return services;
    }

    /// <summary>Puts the staff key limit on a route group (the /api staff group).</summary>
    public static TBuilder RequireStaffKeyRateLimit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(StaffKeyRateLimiterPolicy.Name);
}
