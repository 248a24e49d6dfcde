using System.Data.Common;
using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Data;

/// <summary>
/// A database's tables, columns, keys, indexes and collations as sorted text (one fact per line, order-independent),
/// so two schemas can be compared whatever order their parts were created in. Migration history tables are left out.
/// </summary>
internal static class DatabaseSchema
{
    private const string SqliteObjects =
        "SELECT type || ' ' || name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'";

    private static readonly string[] PostgresQueries =
    [
        """
        SELECT 'column ' || table_name || '.' || column_name,
               concat_ws(' ', udt_name, character_maximum_length, numeric_precision, numeric_scale, is_nullable,
                         collation_name, is_identity, identity_generation, column_default)
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '\_\_%'
        """,
        """
        SELECT 'constraint ' || conrelid::regclass::text || '.' || conname, pg_get_constraintdef(oid)
        FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"\_\_%'
        """,
        "SELECT 'index ' || indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%'",
        """
        SELECT 'collation ' || collname, concat_ws(' ', collprovider, colliculocale, collisdeterministic)
        FROM pg_collation WHERE collnamespace = 'public'::regnamespace
        """,
    ];

    public static IReadOnlyList<string> Of(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var connection = db.Database.GetDbConnection();
        connection.Open();
        try
        {
            var facts = db.Database.ProviderName == DatabaseProviders.Npgsql
                ? PostgresQueries.SelectMany(query => Read(connection, query, normalize: false))
                : Read(connection, SqliteObjects, normalize: true);
            return [.. facts.Order(StringComparer.Ordinal)];
        }
        finally
        {
            connection.Close();
        }
    }

    private static List<string> Read(DbConnection connection, string query, bool normalize)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var facts = new List<string>();
        while (reader.Read())
        {
            var definition = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
            facts.Add($"{reader.GetString(0)}:\n{(normalize ? SortedLines(definition) : definition)}");
        }

        return facts;
    }

    // SQLite keeps each CREATE statement as written, and ALTER TABLE ADD COLUMN appends to its last line; a table's
    // columns and constraints (its top-level comma-separated parts) are compared as a set, wherever they stand.
    private static string SortedLines(string sql)
    {
        var open = sql.IndexOf('(', StringComparison.Ordinal);
        var close = sql.LastIndexOf(')');
        if (!sql.StartsWith("CREATE TABLE", StringComparison.Ordinal) || open < 0 || close < open)
        {
            return string.Join("\n", sql.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.TrimEnd(','))
                .Order(StringComparer.Ordinal));
        }

        var parts = new List<string>();
        var depth = 0;
        var start = open + 1;
        for (var i = open + 1; i < close; i++)
        {
            depth += sql[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (sql[i] == ',' && depth == 0)
            {
                parts.Add(sql[start..i]);
                start = i + 1;
            }
        }

        parts.Add(sql[start..close]);
        var normalized = parts.Select(part => string.Join(' ', part.Split((char[])['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join("\n", [sql[..open].Trim(), .. normalized.Order(StringComparer.Ordinal)]);
    }
}
