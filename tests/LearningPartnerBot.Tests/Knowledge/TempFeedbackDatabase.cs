using LearningPartnerBot.Knowledge.Feedback;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>A migrated SQLite file of its own for one test's votes and unanswered questions.</summary>
public sealed class TempFeedbackDatabase : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"lpb-knowledge-{Guid.NewGuid():N}.db");

    public TempFeedbackDatabase()
    {
        Options = new DbContextOptionsBuilder<KnowledgeDbContext>()
            .UseSqlite($"Data Source={_file}", sqlite => sqlite.MigrationsHistoryTable(KnowledgeDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        using var db = new KnowledgeDbContext(Options);
        db.Database.Migrate();
        Store = new FaqFeedbackStore(new Factory(Options), TimeProvider.System);
    }

    public DbContextOptions<KnowledgeDbContext> Options { get; }

    public FaqFeedbackStore Store { get; }

    public KnowledgeDbContext Open() => new(Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private sealed class Factory(DbContextOptions<KnowledgeDbContext> options) : IDbContextFactory<KnowledgeDbContext>
    {
        public KnowledgeDbContext CreateDbContext() => new(options);
    }
}
