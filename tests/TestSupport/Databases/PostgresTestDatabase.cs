using Npgsql;

namespace TestSupport.Databases;

/// <summary>
/// A uniquely named database on the <see cref="PostgresTestServer"/> for one test class (use it as a class fixture),
/// created on first use and dropped on dispose. <see cref="Reset"/> empties it, so each test starts from nothing, as
/// with a fresh SQLite file.
/// </summary>
public sealed class PostgresTestDatabase : IDisposable
{
    private readonly Lazy<string> _connectionString;

    public PostgresTestDatabase()
    {
        Name = "lpbtest_" + Guid.NewGuid().ToString("N");
        _connectionString = new Lazy<string>(Create);
    }

    public string Name { get; }

    /// <summary>Connects to this database; creates it the first time it is asked for.</summary>
    public string ConnectionString => _connectionString.Value;

    /// <summary>Drops every table, index and collation in the database and returns its connection string.</summary>
    public string Reset()
    {
        var connectionString = ConnectionString;
        NpgsqlConnection.ClearAllPools();
        Execute(connectionString, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        return connectionString;
    }

    public void Dispose()
    {
        if (_connectionString.IsValueCreated)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(PostgresTestServer.Required(), $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
    }

    private string Create()
    {
        Execute(PostgresTestServer.Required(), $"CREATE DATABASE \"{Name}\"");
        return PostgresTestServer.For(Name);
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
