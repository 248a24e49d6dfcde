using BotKit.State;

namespace BotKit.Tests.State;

/// <summary>Lets one [Theory] run against every IStorage; the SQLite variant owns a temp file.</summary>
public static class StorageKind
{
    public const string Memory = nameof(Memory);
    public const string Sqlite = nameof(Sqlite);

    public static TheoryData<string> All => new(Memory, Sqlite);

    /// <summary>Creates the storage; dispose the result to delete the SQLite file.</summary>
    public static (IStorage Storage, IDisposable Cleanup) Create(string kind)
    {
        if (kind == Memory)
        {
            return (new MemoryStorage(), NoCleanup.Instance);
        }

        var database = new TempSqliteDatabase();
        return (database.CreateStorage(), database);
    }

    private sealed class NoCleanup : IDisposable
    {
        public static NoCleanup Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
