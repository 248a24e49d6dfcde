using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BotKit.EntityFramework;

/// <summary>
/// Sets the pragmas bot state needs on every SQLite connection: a busy timeout so concurrent writers queue
/// instead of failing with "database is locked", and WAL so readers never block the writer (and vice versa).
/// synchronous = NORMAL, SQLite's advice for WAL: a state commit, which nearly every turn makes, does not wait for an
/// fsync. It still survives a crash of the bot's process, since the WAL is in the OS's cache,
/// and the file is never corrupted; a power cut may drop the last few state writes. The setting is per connection,
/// so it applies to bot state only: tickets and the other areas keep their own FULL commits, whose fsync also covers
/// any state written before them.
/// Connections of other providers pass through untouched.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    // busy_timeout first: switching to WAL needs a lock that another connection may briefly hold.
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    public static SqlitePragmaInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is SqliteConnection sqlite)
        {
            using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is SqliteConnection sqlite)
        {
            await using var command = sqlite.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
