using System.Text.Json.Nodes;
using BotKit.State;
using TestSupport.State;

namespace BotKit.Tests.State;

/// <summary>The write-through cache a SQLite instance reads its state from: fewer reads, never a stale or lost document.</summary>
public sealed class CachingStorageTests
{
    private readonly MemoryStorage _memory = new();

    [Fact]
    public async Task A_document_read_again_comes_from_memory_and_each_reader_gets_its_own_copy()
    {
        var counting = new CountingStorage(_memory);
        var cache = new CachingStorage(counting);
        await _memory.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(1)) });

        var first = (await cache.ReadAsync(["k"]))["k"];
        first.Document["n"] = 99;
        var second = (await cache.ReadAsync(["k"]))["k"];

        Assert.Equal(1, counting.Reads);
        Assert.Equal(1, (int)second.Document["n"]!);
        Assert.Equal(first.ETag, second.ETag);
    }

    [Fact]
    public async Task A_missing_key_is_remembered_until_it_is_written()
    {
        var counting = new CountingStorage(_memory);
        var cache = new CachingStorage(counting);

        Assert.Empty(await cache.ReadAsync(["new"]));
        Assert.Empty(await cache.ReadAsync(["new"]));
        var etag = (await cache.WriteAsync(new Dictionary<string, StoreItem> { ["new"] = new(Doc(2)) }))["new"];
        var read = (await cache.ReadAsync(["new"]))["new"];

        Assert.Equal(1, counting.Reads);
        Assert.Equal(2, (int)read.Document["n"]!);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(etag, (await _memory.ReadAsync(["new"]))["new"].ETag);
    }

    [Fact]
    public async Task A_conflicting_write_fails_and_the_next_read_asks_the_store()
    {
        var counting = new CountingStorage(_memory);
        var cache = new CachingStorage(counting);
        var etag = (await cache.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(1)) }))["k"];

        // Someone else wrote the store behind the cache's back (only a misconfiguration can do that).
        await _memory.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(2), etag) });
        await Assert.ThrowsAsync<EtagConflictException>(() => cache.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(3), etag) }));
        var read = (await cache.ReadAsync(["k"]))["k"];

        Assert.Equal(2, (int)read.Document["n"]!);
        Assert.Equal(1, counting.Reads);
    }

    [Fact]
    public async Task A_deleted_document_reads_as_missing()
    {
        var cache = new CachingStorage(_memory);
        await cache.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(1)) });
        await cache.ReadAsync(["k"]);

        await cache.DeleteAsync(["k"]);

        Assert.Empty(await cache.ReadAsync(["k"]));
        Assert.Empty(await _memory.ReadAsync(["k"]));
    }

    [Fact]
    public async Task It_keeps_at_most_its_capacity_dropping_the_least_recently_used()
    {
        var counting = new CountingStorage(_memory);
        var cache = new CachingStorage(counting, capacity: 2);
        foreach (var key in new[] { "a", "b" })
        {
            await cache.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(Doc(1)) });
        }

        await cache.ReadAsync(["a"]);
        await cache.WriteAsync(new Dictionary<string, StoreItem> { ["c"] = new(Doc(1)) });
        await cache.ReadAsync(["a"]);
        await cache.ReadAsync(["b"]);

        Assert.Equal(2, cache.Count);
        Assert.Equal(1, counting.Reads);
    }

    [Fact]
    public async Task A_read_that_raced_a_write_does_not_cache_what_it_read_before_the_write()
    {
        var gated = new GatedReadStorage(_memory);
        var cache = new CachingStorage(gated);
        var etag = (await _memory.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(1)) }))["k"];

        var slowRead = cache.ReadAsync(["k"]);
        await gated.ReadStarted.Task;
        await cache.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new(Doc(2), etag) });
        gated.Release.SetResult();
        Assert.Equal(1, (int)(await slowRead)["k"].Document["n"]!);

        Assert.Equal(2, (int)(await cache.ReadAsync(["k"]))["k"].Document["n"]!);
    }

    private static JsonObject Doc(int n) => new() { ["n"] = n };

    /// <summary>Holds the first read after it has read, until released: a read in flight while a write lands.</summary>
    private sealed class GatedReadStorage(IStorage inner) : IStorage
    {
        private int _reads;

        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(keys, cancellationToken);
            if (Interlocked.Increment(ref _reads) == 1)
            {
                ReadStarted.SetResult();
                await Release.Task;
            }

            return read;
        }

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
            inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}

public sealed class CachingStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new CachingStorage(new MemoryStorage());
}

public sealed class CachedSqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public CachedSqliteStorageContractTests() => Storage = new CachingStorage(_database.CreateStorage());

    protected override IStorage Storage { get; }

    public void Dispose() => _database.Dispose();
}
