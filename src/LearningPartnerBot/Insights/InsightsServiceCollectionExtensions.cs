using LearningPartnerBot.Insights.Review;

namespace LearningPartnerBot.Insights;

public static class InsightsServiceCollectionExtensions
{
    /// <summary>
    /// The staff dashboard's numbers, the review queue's decisions, and the worker that writes FAQ counts and purges
    /// what is past <see cref="InsightsOptions.RetainDays"/>. Needs the knowledge and ticket areas registered.
    /// </summary>
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddOptions<InsightsOptions>().BindConfiguration(InsightsOptions.SectionName)
            .Validate(o => o.RetainDays >= 1 && o.FlushInterval > TimeSpan.Zero, "Insights:RetainDays must be at least 1 and Insights:FlushInterval positive.")
            .ValidateOnStart();
        services.AddSingleton<InsightsRetention>();
        services.AddSingleton<StaffDashboard>();
        services.AddSingleton<ReviewDecider>();
        services.AddHostedService<InsightsWorker>();
        return services;
    }
}
