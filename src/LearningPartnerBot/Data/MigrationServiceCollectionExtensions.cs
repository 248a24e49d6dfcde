using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Data;

public static class MigrationServiceCollectionExtensions
{
    /// <summary>
    /// A data area in the bot's database: a factory for its context on the one <see cref="BotDatabase"/> (registered
    /// by <see cref="StorageServiceCollectionExtensions.AddBotStorage"/>), with the area's own migration history table
    /// so each area evolves its schema on its own, migrated at start-up.
    /// Contexts are pooled: eligibility checks, requests and tickets open several a turn, and a fresh context resolving
    /// its internal services cost more than most of the queries it ran.
    /// </summary>
    public static IServiceCollection AddMigration<TContext>(this IServiceCollection services, string migrationsHistoryTable)
        where TContext : DbContext
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(migrationsHistoryTable);
        services.AddPooledDbContextFactory<TContext>((sp, options) =>
            sp.GetRequiredService<BotDatabase>().Configure(options, migrationsHistoryTable));
        services.AddHostedService<MigrationHostedService<TContext>>();
        return services;
    }
}
