using System.Text.Json.Nodes;
using BotKit.State;
using Microsoft.Data.Sqlite;

namespace BotKit.Tests.State;

public sealed class SqliteStorageTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

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

    [Fact]
    public async Task State_gets_its_table_in_a_database_another_area_already_uses()
    {
        await using (var connection = new SqliteConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE Tickets (Id INTEGER PRIMARY KEY);";
            await command.ExecuteNonQueryAsync();
        }

        var storage = _database.CreateStorage();
        await Write(storage, "k", 1, null);

        Assert.Equal(1, (int)(await storage.ReadAsync(["k"]))["k"].Document["n"]!);
    }

    [Fact]
    public async Task State_survives_a_restart()
    {
        var etag = await Write(_database.CreateStorage(), "k", 7, null);

        var restarted = _database.CreateStorage();
        var item = (await restarted.ReadAsync(["k"]))["k"];

        Assert.Equal(7, (int)item.Document["n"]!);
        Assert.Equal(etag, item.ETag);
        await Write(restarted, "k", 8, etag);
    }

    [Fact]
    public async Task Two_instances_writing_from_the_same_etag_let_exactly_one_win()
    {
        var first = _database.CreateStorage();
        var second = _database.CreateStorage();
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

    [Fact]
    public async Task Two_instances_creating_the_same_key_let_exactly_one_win()
    {
        var first = _database.CreateStorage();
        var second = _database.CreateStorage();
        await first.ReadAsync(["warm-up"]);

        var outcomes = await Task.WhenAll(
            Task.Run(() => TryWrite(first, "k", 1, null)),
            Task.Run(() => TryWrite(second, "k", 2, null)));

        Assert.Single(outcomes, outcome => outcome.ETag is not null);
        Assert.Single(outcomes, outcome => outcome.Error is EtagConflictException);
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
