using Npgsql;

namespace TestSupport.Databases;

/// <summary>
/// The PostgreSQL server named by LPB_TEST_POSTGRES: a connection string to a server where tests may create and drop
/// their own databases. Unset, the PostgreSQL variants of the database tests are skipped (and say why).
/// </summary>
public static class PostgresTestServer
{
    public const string VariableName = "LPB_TEST_POSTGRES";

    public const string SkipReason = $"{VariableName} is not set, so there is no PostgreSQL server to test against (.ci/run starts one).";

    public static string? ConnectionString { get; } = Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ConnectionString is not null;

    /// <summary>The server's connection string pointed at <paramref name="database"/>.</summary>
    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(Required()) { Database = database }.ConnectionString;

    internal static string Required() =>
        ConnectionString ?? throw new InvalidOperationException(SkipReason);
}
