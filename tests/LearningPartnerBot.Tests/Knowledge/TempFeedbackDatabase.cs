using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tests.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>
/// The votes and unanswered questions tables in an empty database of their own for one test (a SQLite file unless
/// another <see cref="TestDatabase"/> is given), migrated like the bot migrates them at start-up.
/// </summary>
public sealed class TempFeedbackDatabase : IDisposable
{
    public TempFeedbackDatabase(TestDatabase? database = null, bool migrate = true)
    {
        Database = database ?? TestDatabase.Sqlite();
        Options = Database.Options<KnowledgeDbContext>(KnowledgeDbContext.MigrationsHistoryTable);
        if (migrate)
        {
            using var db = Open();
            db.Database.Migrate();
        }

        Contexts = new Factory(Options);
        Store = new FaqFeedbackStore(Contexts, TimeProvider.System);
    }

    public IDbContextFactory<KnowledgeDbContext> Contexts { get; }

    public TestDatabase Database { get; }

    public DbContextOptions<KnowledgeDbContext> Options { get; }

    public FaqFeedbackStore Store { get; }

    public KnowledgeDbContext Open() => new(Options);

    public void Dispose() => Database.Dispose();

    private sealed class Factory(DbContextOptions<KnowledgeDbContext> options) : IDbContextFactory<KnowledgeDbContext>
    {
        public KnowledgeDbContext CreateDbContext() => new(options);
    }
}
