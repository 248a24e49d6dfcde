using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningPartnerBot.Data;

/// <summary>
/// Lets a SQLite write of eligibility, tickets or FAQ insights wait for the write lock inside SQLite, which retries
/// within a millisecond or two, instead of failing busy at once: the client library then puts the thread to sleep
/// for 150 ms per attempt. Bot state writes many times a second to the same file, so without it a ticket could lose
/// the lock several times over, each loss a blocked thread, and on a small host every turn waited behind them.
/// Set on the native handle, so it costs no statement per open.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    /// <summary>The same patience as bot state's connections.</summary>
    public const int Milliseconds = 5000;

    public static SqliteBusyTimeout Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
        }
    }
}
