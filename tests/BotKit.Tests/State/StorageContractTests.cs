using System.Text.Json.Nodes;
using BotKit.State;
using BotKit.EntityFramework;
using TestSupport.Databases;

namespace BotKit.Tests.State;

/// <summary>What every <see cref="IStorage"/> must do; each implementation runs it through a subclass.</summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    [DatabaseFact]
    public async Task Reading_a_missing_key_returns_no_entry()
    {
        var items = await Storage.ReadAsync(["test/conversations/none"]);

        Assert.Empty(items);
    }

    [DatabaseFact]
    public async Task A_nested_document_reads_back_as_written()
    {
        var document = JsonNode.Parse("""{"dialogStack":[{"id":"enroll","state":{"step":2,"values":{"name":"Ayşe","ok":true}}}],"count":3}""")!.AsObject();

        var written = await WriteAsync("k", document, null);
        var read = (await Storage.ReadAsync(["k"]))["k"];

        Assert.True(JsonNode.DeepEquals(document, read.Document));
        Assert.Equal(written, read.ETag);
    }

    [DatabaseFact]
    public async Task Every_write_gives_a_new_etag()
    {
        var first = await WriteAsync("k", Doc(1), null);
        var second = await WriteAsync("k", Doc(2), first);
        var third = await WriteAsync("k", Doc(3), StoreItem.AnyETag);

        Assert.Equal(3, new HashSet<string> { first, second, third }.Count);
    }

    [DatabaseFact]
    public async Task A_write_with_a_stale_etag_conflicts_and_leaves_the_document_alone()
    {
        var stale = await WriteAsync("k", Doc(1), null);
        var current = await WriteAsync("k", Doc(2), stale);

        await Assert.ThrowsAsync<EtagConflictException>(() => WriteAsync("k", Doc(3), stale));

        var stored = (await Storage.ReadAsync(["k"]))["k"];
        Assert.Equal(2, (int)stored.Document["n"]!);
        Assert.Equal(current, stored.ETag);
    }

    [DatabaseFact]
    public async Task A_star_etag_overwrites_whatever_is_stored_and_creates_when_missing()
    {
        await WriteAsync("existing", Doc(1), null);

        await WriteAsync("existing", Doc(2), StoreItem.AnyETag);
        await WriteAsync("new", Doc(3), StoreItem.AnyETag);

        var items = await Storage.ReadAsync(["existing", "new"]);
        Assert.Equal(2, (int)items["existing"].Document["n"]!);
        Assert.Equal(3, (int)items["new"].Document["n"]!);
    }

    [DatabaseFact]
    public async Task A_create_only_write_on_an_existing_key_conflicts()
    {
        await WriteAsync("k", Doc(1), null);

        await Assert.ThrowsAsync<EtagConflictException>(() => WriteAsync("k", Doc(2), null));

        Assert.Equal(1, (int)(await Storage.ReadAsync(["k"]))["k"].Document["n"]!);
    }

    [DatabaseFact]
    public async Task A_batch_with_one_conflict_writes_nothing()
    {
        var etagA = await WriteAsync("a", Doc(1), null);
        await WriteAsync("b", Doc(1), null);

        var batch = new Dictionary<string, StoreItem>
        {
            ["a"] = new(Doc(2), etagA),
            ["c"] = new(Doc(2), null),
            ["b"] = new(Doc(2), "not-the-stored-etag"),
        };
        await Assert.ThrowsAsync<EtagConflictException>(() => Storage.WriteAsync(batch));

        var items = await Storage.ReadAsync(["a", "b", "c"]);
        Assert.Equal(1, (int)items["a"].Document["n"]!);
        Assert.Equal(etagA, items["a"].ETag);
        Assert.Equal(1, (int)items["b"].Document["n"]!);
        Assert.False(items.ContainsKey("c"));
    }

    [DatabaseFact]
    public async Task A_batch_returns_the_new_etag_of_each_key()
    {
        var batch = new Dictionary<string, StoreItem> { ["a"] = new(Doc(1)), ["b"] = new(Doc(2)) };

        var etags = await Storage.WriteAsync(batch);

        var items = await Storage.ReadAsync(["a", "b"]);
        Assert.Equal(items["a"].ETag, etags["a"]);
        Assert.Equal(items["b"].ETag, etags["b"]);
    }

    [DatabaseFact]
    public async Task Deleted_keys_are_gone_and_can_be_created_again()
    {
        await WriteAsync("a", Doc(1), null);
        await WriteAsync("b", Doc(1), null);

        await Storage.DeleteAsync(["a", "never-written"]);

        var items = await Storage.ReadAsync(["a", "b"]);
        Assert.False(items.ContainsKey("a"));
        Assert.True(items.ContainsKey("b"));
        await WriteAsync("a", Doc(5), null);
    }

    [DatabaseFact]
    public async Task Changing_a_read_or_written_document_does_not_change_the_stored_one()
    {
        var written = Doc(1);
        await WriteAsync("k", written, null);
        written["n"] = 99;

        var firstRead = (await Storage.ReadAsync(["k"]))["k"].Document;
        firstRead["n"] = 42;
        var secondRead = (await Storage.ReadAsync(["k"]))["k"].Document;

        Assert.Equal(1, (int)secondRead["n"]!);
        Assert.NotSame(firstRead, secondRead);
    }

    private static JsonObject Doc(int n) => new() { ["n"] = n };

    private async Task<string> WriteAsync(string key, JsonObject document, string? etag) =>
        (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document, etag) }))[key];
}

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage Storage { get; } = new MemoryStorage();
}

public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public SqliteStorageContractTests() => Storage = _database.CreateStorage();

    protected override IStorage Storage { get; }

    public void Dispose() => _database.Dispose();
}

[UsesPostgres]
public sealed class PostgresStorageContractTests(PostgresTestDatabase database) : StorageContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override IStorage Storage { get; } = new PostgresStorage(database.Reset());
}
