using LearningPartnerBot.Eligibility;
using LearningPartnerBot.Eligibility.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartnerBot.Tests.Eligibility.Data;

/// <summary>A SQLite file of its own for one test, migrated like the bot migrates it at start-up.</summary>
public sealed class TempEligibilityDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lpb-eligibility-{Guid.NewGuid():N}.db");

    public TempEligibilityDatabase(bool migrate = true)
    {
        Options = new DbContextOptionsBuilder<EligibilityDbContext>()
            .UseSqlite($"Data Source={_file}", sqlite => sqlite.MigrationsHistoryTable(EligibilityDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        if (migrate)
        {
            using var db = Open();
            db.Database.Migrate();
        }
    }

    public DbContextOptions<EligibilityDbContext> Options { get; }

    public IDbContextFactory<EligibilityDbContext> Factory => new ContextFactory(Options);

    public EligibilityDbContext Open() => new(Options);

    public EligibilityService Service(DateOnly today) => new(Factory, new FixedClock(today));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private sealed class ContextFactory(DbContextOptions<EligibilityDbContext> options) : IDbContextFactory<EligibilityDbContext>
    {
        public EligibilityDbContext CreateDbContext() => new(options);
    }
}
