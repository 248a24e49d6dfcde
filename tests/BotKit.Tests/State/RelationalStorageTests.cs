using System.Text.Json.Nodes;
using BotKit.State;
using BotKit.EntityFramework;
using Microsoft.Data.Sqlite;
using Npgsql;
using TestSupport.Databases;

namespace BotKit.Tests.State;

/// <summary>
/// What a database-backed <see cref="IStorage"/> must do beyond the contract: share its database with the bot's other
/// areas, survive restarts, and keep ETag semantics between instances (each <see cref="CreateStorage"/> is one).
/// </summary>
public abstract class RelationalStorageTests
{
    /// <summary>Another bot instance on the same database.</summary>
    protected abstract IStorage CreateStorage();

    /// <summary>Creates a table of another area in the database, as the bot's migrations do.</summary>
    protected abstract Task CreateOtherAreasTableAsync();

    [DatabaseFact]
    public async Task State_gets_its_table_in_a_database_another_area_already_uses()
    {
        await CreateOtherAreasTableAsync();

        var storage = CreateStorage();
        await Write(storage, "k", 1, null);

        Assert.Equal(1, (int)(await storage.ReadAsync(["k"]))["k"].Document["n"]!);
    }

    [DatabaseFact]
    public async Task State_survives_a_restart()
    {
        var etag = await Write(CreateStorage(), "k", 7, null);

        var restarted = CreateStorage();
        var item = (await restarted.ReadAsync(["k"]))["k"];

        Assert.Equal(7, (int)item.Document["n"]!);
        Assert.Equal(etag, item.ETag);
        await Write(restarted, "k", 8, etag);
    }

    [DatabaseFact]
    public async Task Two_instances_writing_from_the_same_etag_let_exactly_one_win()
    {
        var first = CreateStorage();
        var second = CreateStorage();
        var etag = await Write(first, "k", 0, null);

        for (var round = 1; round <= 10; round++)
        {
            var outcomes = await Task.WhenAll(
                Task.Run(() => TryWrite(first, "k", round, etag)),
                Task.Run(() => TryWrite(second, "k", -round, etag)));

            var winner = Assert.Single(outcomes, outcome => outcome.ETag is not null);
            Assert.Single(outcomes, outcome => outcome.Error is EtagConflictException);
            var stored = (await first.ReadAsync(["k"]))["k"];
            Assert.Equal(winner.ETag, stored.ETag);
            etag = stored.ETag!;
        }
    }

    [DatabaseFact]
    public async Task Two_instances_creating_the_same_key_let_exactly_one_win()
    {
        var first = CreateStorage();
        var second = CreateStorage();
        await first.ReadAsync(["warm-up"]);
        await second.ReadAsync(["warm-up"]);

        for (var round = 1; round <= 10; round++)
        {
            var key = $"k{round}";
            var outcomes = await Task.WhenAll(
                Task.Run(() => TryWrite(first, key, 1, null)),
                Task.Run(() => TryWrite(second, key, 2, null)));

            Assert.Single(outcomes, outcome => outcome.ETag is not null);
            Assert.Single(outcomes, outcome => outcome.Error is EtagConflictException);
        }
    }

    [DatabaseFact]
    public async Task Two_instances_overwriting_a_missing_key_with_a_star_both_succeed_and_the_last_write_stands()
    {
        var first = CreateStorage();
        var second = CreateStorage();
        await first.ReadAsync(["warm-up"]);
        await second.ReadAsync(["warm-up"]);

        for (var round = 1; round <= 10; round++)
        {
            var key = $"k{round}";
            var outcomes = await Task.WhenAll(
                Task.Run(() => TryWrite(first, key, 1, StoreItem.AnyETag)),
                Task.Run(() => TryWrite(second, key, 2, StoreItem.AnyETag)));

            Assert.All(outcomes, outcome => Assert.Null(outcome.Error));
            var stored = (await first.ReadAsync([key]))[key];
            Assert.Contains(stored.ETag, outcomes.Select(outcome => outcome.ETag));
        }
    }

    private static async Task<string> Write(IStorage storage, string key, int n, string? etag) =>
        (await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(new JsonObject { ["n"] = n }, etag) }))[key];

    private static async Task<(string? ETag, Exception? Error)> TryWrite(IStorage storage, string key, int n, string? etag)
    {
        try
        {
            return (await Write(storage, key, n, etag), null);
        }
        catch (Exception ex)
        {
            return (null, ex);
        }
    }
}

public sealed class SqliteStorageTests : RelationalStorageTests, IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override IStorage CreateStorage() => _database.CreateStorage();

    protected override async Task CreateOtherAreasTableAsync()
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE Tickets (Id INTEGER PRIMARY KEY);";
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode()
    {
        await _database.CreateStorage().ReadAsync(["k"]);

        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}

[UsesPostgres]
public sealed class PostgresStorageTests(PostgresTestDatabase database) : RelationalStorageTests, IClassFixture<PostgresTestDatabase>
{
    private readonly string _connectionString = database.Reset();

    protected override IStorage CreateStorage() => new PostgresStorage(_connectionString);

    protected override async Task CreateOtherAreasTableAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE \"Tickets\" (\"Id\" bigint PRIMARY KEY);";
        await command.ExecuteNonQueryAsync();
    }
}
