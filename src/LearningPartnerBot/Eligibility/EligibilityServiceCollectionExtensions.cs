using LearningPartnerBot.Data;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningPartnerBot.Eligibility;

public static class EligibilityServiceCollectionExtensions
{
    /// <summary>
    /// The eligibility tables in the bot's database (own migration history, migrated at start-up) and the one
    /// <see cref="IEligibilityService"/> the dialogs and the staff API share.
    /// </summary>
    public static IServiceCollection AddEligibility(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMigration<EligibilityDbContext>(EligibilityDbContext.MigrationsHistoryTable);
        services.TryAddSingleton<IEligibilityService, EligibilityService>();
        return services;
    }
}
