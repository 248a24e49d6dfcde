using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Eligibility.Data;

/// <summary>
/// A database's tables and indexes as sorted text (column definitions one per line, order-independent), so two
/// schemas can be compared whatever order their columns were declared in.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Of(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var objects = new List<string>();
        while (reader.Read())
        {
            objects.Add($"{reader.GetString(0)} {reader.GetString(1)}:\n{Normalize(reader)}");
        }

        return objects;
    }

    private static string Normalize(DbDataReader reader)
    {
        var lines = reader.GetString(2).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd(','))
            .Order(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }
}
