using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Data;

/// <summary>
/// Tickets, eligibility and FAQ insights share one SQLite file with bot state, which writes on nearly every turn. Their
/// connections must wait for the write lock inside SQLite: without a busy timeout the client library sleeps 150 ms
/// per lost attempt, on a thread every other turn needs.
/// </summary>
public class SqliteBusyTimeoutTests
{
    [Fact]
    public async Task A_ticket_context_waits_for_the_write_lock_inside_sqlite()
    {
        Assert.Equal(5000, await BusyTimeoutAsync(database => new TicketsDbContext(database.Options<TicketsDbContext>(TicketsDbContext.MigrationsHistoryTable))));
    }

    [Fact]
    public async Task An_eligibility_context_waits_for_the_write_lock_inside_sqlite()
    {
        Assert.Equal(5000, await BusyTimeoutAsync(database => new EligibilityDbContext(database.Options<EligibilityDbContext>(EligibilityDbContext.MigrationsHistoryTable))));
    }

    [Fact]
    public async Task The_timeout_is_set_again_on_a_pooled_connection_opened_later()
    {
        using var database = TestDatabase.Sqlite();
        for (var i = 0; i < 2; i++)
        {
            await using var db = new TicketsDbContext(database.Options<TicketsDbContext>(TicketsDbContext.MigrationsHistoryTable));
            Assert.Equal(5000, await ReadBusyTimeoutAsync(db));
        }
    }

    private static async Task<long> BusyTimeoutAsync(Func<TestDatabase, DbContext> open)
    {
        using var database = TestDatabase.Sqlite();
        await using var db = open(database);
        return await ReadBusyTimeoutAsync(db);
    }

    private static async Task<long> ReadBusyTimeoutAsync(DbContext db)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
