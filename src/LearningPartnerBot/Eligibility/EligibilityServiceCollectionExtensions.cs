using LearningPartnerBot.Data;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Eligibility;

public static class EligibilityServiceCollectionExtensions
{
    /// <summary>
    /// The eligibility tables in the bot's database (own migration history, migrated at start-up) and the one
    /// <see cref="IEligibilityService"/> the dialogs and the staff API share.
    /// </summary>
    public static IServiceCollection AddEligibility(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotDatabase(configuration);
        services.AddDbContextFactory<EligibilityDbContext>((sp, options) =>
            sp.GetRequiredService<BotDatabase>().Configure(options, EligibilityDbContext.MigrationsHistoryTable));
        services.TryAddSingleton<IEligibilityService, EligibilityService>();
        services.AddHostedService<EligibilityStartup>();
        return services;
    }
}
