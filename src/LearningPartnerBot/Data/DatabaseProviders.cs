using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace LearningPartnerBot.Data;

/// <summary>
/// What the hand-written migrations need to run on both providers. Each provider ignores the other's annotations,
/// so one migration set per area carries both and branches on the provider only where the SQL itself differs.
/// </summary>
public static class DatabaseProviders
{
    /// <summary>The ProviderName / ActiveProvider of Npgsql's EF provider.</summary>
    public const string Npgsql = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>A database-generated long key: AUTOINCREMENT on SQLite, an identity column on PostgreSQL.</summary>
    public static OperationBuilder<AddColumnOperation> Generated(this OperationBuilder<AddColumnOperation> column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column
            .Annotation("Sqlite:Autoincrement", true)
            .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
    }
}
