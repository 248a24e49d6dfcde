using LearningPartnerBot.Data;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Eligibility;

public static class EligibilityServiceCollectionExtensions
{
    /// <summary>
    /// The eligibility tables in the bot's SQLite file (own migration history, migrated at start-up) and the one
    /// <see cref="IEligibilityService"/> the dialogs and the staff API share.
    /// </summary>
    public static IServiceCollection AddEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContextFactory<EligibilityDbContext>((sp, options) => options
            .UseSqlite(
                sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString(sp.GetRequiredService<IHostEnvironment>()),
                sqlite => sqlite.MigrationsHistoryTable(EligibilityDbContext.MigrationsHistoryTable))
            // The migrations are written by hand (no EF design tools here), so there is no model snapshot to compare with.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        services.TryAddSingleton<IEligibilityService, EligibilityService>();
        services.AddHostedService<EligibilityStartup>();
        return services;
    }
}
