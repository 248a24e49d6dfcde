using LearningPartnerBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Data;

/// <summary>
/// An empty database for one test, on SQLite (a temp file) or PostgreSQL (the test class's database, emptied), reached
/// through the bot's own <see cref="BotDatabase"/> so tests configure contexts exactly as the bot does.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    private TestDatabase(BotDatabase database) => Database = database;

    public BotDatabase Database { get; }

    public StorageProvider Provider => Database.Provider;

    /// <summary>A new SQLite file, deleted on dispose.</summary>
    public static TestDatabase Sqlite() => new SqliteFile();

    /// <summary>The test class's PostgreSQL database, emptied for this test.</summary>
    public static TestDatabase Postgres(PostgresTestDatabase classDatabase)
    {
        ArgumentNullException.ThrowIfNull(classDatabase);
        return new PostgresDatabase(classDatabase);
    }

    public DbContextOptions<TContext> Options<TContext>(string migrationsHistoryTable)
        where TContext : DbContext =>
        (DbContextOptions<TContext>)Database.Configure(new DbContextOptionsBuilder<TContext>(), migrationsHistoryTable).Options;

    /// <summary>Removes every table (and collation), leaving the database as empty as at the start.</summary>
    public abstract void Empty();

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private sealed class SqliteFile : TestDatabase
    {
        public SqliteFile()
            : this(Path.Combine(Path.GetTempPath(), $"lpb-test-{Guid.NewGuid():N}.db"))
        {
        }

        private SqliteFile(string file)
            : base(new BotDatabase(StorageProvider.Sqlite, $"Data Source={file}")) => FilePath = file;

        private string FilePath { get; }

        public override void Empty()
        {
            // Pooled connections keep the file open; release them so the files can go.
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(FilePath + suffix);
            }
        }

        protected override void Dispose(bool disposing)
        {
            Empty();
            base.Dispose(disposing);
        }
    }

    private sealed class PostgresDatabase : TestDatabase
    {
        private readonly PostgresTestDatabase _classDatabase;

        public PostgresDatabase(PostgresTestDatabase classDatabase)
            : base(new BotDatabase(StorageProvider.Postgres, classDatabase.Reset())) => _classDatabase = classDatabase;

        public override void Empty() => _classDatabase.Reset();
    }
}
