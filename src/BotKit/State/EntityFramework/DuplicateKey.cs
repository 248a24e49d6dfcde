using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotKit.State.EntityFramework;

/// <summary>Recognises a primary-key violation, which for a create-only write means "someone created it first".</summary>
internal static class DuplicateKey
{
    private const int SqlitePrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY
    private const int SqliteUniqueViolation = 2067; // SQLITE_CONSTRAINT_UNIQUE

    public static bool IsCauseOf(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: SqlitePrimaryKeyViolation or SqliteUniqueViolation };
}
