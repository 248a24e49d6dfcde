using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotKit.EntityFramework;

/// <summary>
/// Recognises a primary-key or unique-index violation on SQLite and on PostgreSQL, which for a create-only write
/// means "someone created it first". Shared with the bot's own stores, so every area reads a duplicate the same way.
/// </summary>
public static class DuplicateKey
{
    private const int SqlitePrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int SqliteUniqueViolation = 2067; // SQLITE_CONSTRAINT_UNIQUE

    // SQLSTATE unique_violation; Npgsql's PostgresException reports it through DbException.SqlState.
    private const string PostgresUniqueViolation = "23505";

    public static bool IsCauseOf(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqlitePrimaryKeyViolation or SqliteUniqueViolation,
            DbException other => other.SqlState == PostgresUniqueViolation,
            _ => false,
        };
    }
}
