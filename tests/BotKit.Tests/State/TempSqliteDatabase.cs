using BotKit.EntityFramework;
using Microsoft.Data.Sqlite;

namespace BotKit.Tests.State;

/// <summary>A SQLite file of its own for one test, removed (with its WAL files) afterwards.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    public TempSqliteDatabase()
    {
        FilePath = Path.Combine(Path.GetTempPath(), $"botkit-state-{Guid.NewGuid():N}.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public SqliteStorage CreateStorage() => new(ConnectionString);

    public void Dispose()
    {
        using (var connection = new SqliteConnection(ConnectionString))
        {
            // Pooled connections keep the file open; release them so the files can go.
            SqliteConnection.ClearPool(connection);
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(FilePath + suffix);
        }
    }
}
