using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Data;

/// <summary>
/// The collation that makes names compare (and stay unique) whatever their case, on either provider. SQLite has
/// NOCASE built in. On PostgreSQL it is a nondeterministic ICU collation at strength 2 ("und-u-ks-level2"): equality,
/// primary keys and unique indexes ignore case (not accents), so "cloud platform" finds — and collides with —
/// "Cloud Platform" exactly as on SQLite, with no extension (citext) to install and no lower() rewrite of queries or
/// indexes. Its one limit, that PostgreSQL before 18 refuses LIKE on such a column, does not matter: nothing here
/// searches these columns by pattern.
/// </summary>
public static class CaseInsensitiveText
{
    public const string SqliteCollation = "NOCASE";

    public const string PostgresCollation = "case_insensitive";

    private const string PostgresLocale = "und-u-ks-level2";

    /// <summary>The collation name for a context's provider, e.g. for <c>EF.Functions.Collate</c>.</summary>
    public static string Collation(DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return Collation(database.ProviderName);
    }

    /// <summary>The collation name for a provider name (a context's or a migration's ActiveProvider).</summary>
    public static string Collation(string? providerName) =>
        providerName == DatabaseProviders.Npgsql ? PostgresCollation : SqliteCollation;

    /// <summary>Declares the PostgreSQL collation in a model, so a database created from the model has it too.</summary>
    public static void Declare(ModelBuilder modelBuilder, DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (Collation(database) == PostgresCollation)
        {
            modelBuilder.HasCollation(PostgresCollation, PostgresLocale, provider: "icu", deterministic: false);
        }
    }

    /// <summary>Creates the PostgreSQL collation in a migration (SQLite's NOCASE needs nothing).</summary>
    public static void Create(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        if (migrationBuilder.ActiveProvider == DatabaseProviders.Npgsql)
        {
            // IF NOT EXISTS: another area's migration may add its own use of it later.
            migrationBuilder.Sql($"CREATE COLLATION IF NOT EXISTS {PostgresCollation} (provider = icu, locale = '{PostgresLocale}', deterministic = false);");
        }
    }
}
