using LearningPartnerBot.Eligibility.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility;

/// <summary>Migrates the eligibility tables before the bot takes traffic, so the first check never meets a missing table.</summary>
internal sealed class EligibilityStartup(IDbContextFactory<EligibilityDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
