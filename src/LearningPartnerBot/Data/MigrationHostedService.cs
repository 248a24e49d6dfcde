using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Data;

/// <summary>
/// Migrates one data area's tables before the bot takes traffic, so the first request never meets a missing table.
/// Hosted services start in the order they were registered, so anything registered after an area's migration can
/// rely on its tables.
/// </summary>
internal sealed class MigrationHostedService<TContext>(IDbContextFactory<TContext> contexts) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
