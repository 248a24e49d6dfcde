using LearningPartnerBot.Eligibility;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Eligibility.Data;

/// <summary>
/// The eligibility tables in an empty database of their own for one test (a SQLite file unless another
/// <see cref="TestDatabase"/> is given), migrated like the bot migrates them at start-up.
/// </summary>
public sealed class TempEligibilityDatabase : IDisposable
{
    public TempEligibilityDatabase(TestDatabase? database = null, bool migrate = true)
    {
        Database = database ?? TestDatabase.Sqlite();
        Options = Database.Options<EligibilityDbContext>(EligibilityDbContext.MigrationsHistoryTable);
        if (migrate)
        {
            using var db = Open();
            db.Database.Migrate();
        }
    }

    public TestDatabase Database { get; }

    public DbContextOptions<EligibilityDbContext> Options { get; }

    public IDbContextFactory<EligibilityDbContext> Factory => new ContextFactory(Options);

    public EligibilityDbContext Open() => new(Options);

    public EligibilityService Service(DateOnly today) => new(Factory, new FixedClock(today));

    public void Dispose() => Database.Dispose();

    private sealed class ContextFactory(DbContextOptions<EligibilityDbContext> options) : IDbContextFactory<EligibilityDbContext>
    {
        public EligibilityDbContext CreateDbContext() => new(options);
    }
}
