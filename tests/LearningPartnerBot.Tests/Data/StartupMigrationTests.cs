using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tests.Hosting;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Data;

/// <summary>
/// A bot started on an empty data folder must have every data area's tables before its first request: a partner's
/// first question, check or request would otherwise fail on a missing table.
/// </summary>
public sealed class StartupMigrationTests
{
    [Fact]
    public async Task Starting_the_bot_on_a_new_database_migrates_every_data_area()
    {
        using var bot = new BotApplicationFactory { DemoData = true };
        using var client = bot.CreateClient();

        Assert.Empty(await PendingAsync<KnowledgeDbContext>(bot.Services));
        Assert.Empty(await PendingAsync<EligibilityDbContext>(bot.Services));
        Assert.Empty(await PendingAsync<TicketsDbContext>(bot.Services));

        // The demo seeding runs after the eligibility migration, so it found its tables and filled them.
        await using var eligibility = await bot.Services.GetRequiredService<IDbContextFactory<EligibilityDbContext>>().CreateDbContextAsync();
        Assert.True(await eligibility.Partners.AnyAsync());
    }

    private static async Task<IEnumerable<string>> PendingAsync<TContext>(IServiceProvider services)
        where TContext : DbContext
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContextAsync();
        Assert.NotEmpty(db.Database.GetMigrations());
        return await db.Database.GetPendingMigrationsAsync();
    }
}
