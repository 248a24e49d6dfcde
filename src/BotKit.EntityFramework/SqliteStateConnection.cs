using BotKit.State;
using Microsoft.Data.Sqlite;

namespace BotKit.EntityFramework;

/// <summary>
/// One open SQLite connection with the state statements prepared on it, for <see cref="SqliteStorage"/>. Not
/// thread-safe: one caller at a time. The statements are <see cref="EntityFrameworkStorage"/>'s, on the same table.
/// </summary>
internal sealed class SqliteStateConnection : IDisposable
{
    // busy_timeout first: switching to WAL needs a lock that another connection may briefly hold. Why NORMAL: see
    // SqlitePragmaInterceptor, which sets the same on the connections EF opens.
    private const string Pragmas = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";

    private readonly SqliteConnection _connection;
    private readonly Statement _read;
    private readonly Statement _etagOf;
    private readonly Statement _update;
    private readonly Statement _overwrite;
    private readonly Statement _insert;
    private readonly Statement _delete;
    private readonly Statement _begin;
    private readonly Statement _commit;
    private readonly Statement _rollback;

    private SqliteStateConnection(SqliteConnection connection)
    {
        _connection = connection;
        _read = new(connection, "SELECT \"Document\", \"ETag\" FROM \"BotState\" WHERE \"Key\" = $key", "$key");
        _etagOf = new(connection, "SELECT \"ETag\" FROM \"BotState\" WHERE \"Key\" = $key", "$key");
        _update = new(connection, "UPDATE \"BotState\" SET \"Document\" = $document, \"ETag\" = $etag, \"UpdatedAt\" = $now WHERE \"Key\" = $key AND \"ETag\" = $expected", "$document", "$etag", "$now", "$key", "$expected");
        _overwrite = new(connection, "UPDATE \"BotState\" SET \"Document\" = $document, \"ETag\" = $etag, \"UpdatedAt\" = $now WHERE \"Key\" = $key", "$document", "$etag", "$now", "$key");

        // ON CONFLICT DO NOTHING: a concurrent creator makes it affect no row instead of throwing.
        _insert = new(connection, "INSERT INTO \"BotState\" (\"Key\", \"Document\", \"ETag\", \"UpdatedAt\") VALUES ($key, $document, $etag, $now) ON CONFLICT (\"Key\") DO NOTHING", "$key", "$document", "$etag", "$now");
        _delete = new(connection, "DELETE FROM \"BotState\" WHERE \"Key\" = $key", "$key");

        // IMMEDIATE: take the write lock up front, so a batch never fails halfway on a lock another writer took.
        _begin = new(connection, "BEGIN IMMEDIATE");
        _commit = new(connection, "COMMIT");
        _rollback = new(connection, "ROLLBACK");
    }

    public static SqliteStateConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = Pragmas;
                pragmas.ExecuteNonQuery();
            }

            return new SqliteStateConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public (string Document, string ETag)? Read(string key)
    {
        _read.Bind(key);
        using var reader = _read.Command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Writes one document with <see cref="IStorage.WriteAsync"/>'s ETag rules and returns its new ETag.</summary>
    public string Write(string key, string json, string? expected)
    {
        var etag = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;
        if (expected is not null)
        {
            var updated = expected == StoreItem.AnyETag
                ? _overwrite.Run(json, etag, now, key)
                : _update.Run(json, etag, now, key, expected);
            if (updated == 1)
            {
                return etag;
            }

            if (expected != StoreItem.AnyETag)
            {
                _etagOf.Bind(key);
                throw new EtagConflictException(key, expected, _etagOf.Command.ExecuteScalar() as string);
            }
        }

        // Create-only, or "*" on a key that does not exist yet: the primary key turns away a concurrent creator.
        if (_insert.Run(key, json, etag, now) == 1)
        {
            return etag;
        }

        if (expected == StoreItem.AnyETag)
        {
            // Another instance created it between our update and our insert: "*" means overwrite.
            _overwrite.Run(json, etag, now, key);
            return etag;
        }

        throw new EtagConflictException($"ETag conflict on '{key}': the write expected no document, but the document already exists.");
    }

    public void Delete(string key) => _delete.Run(key);

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is committed, or (on any exception) none.</summary>
    public void InTransaction(Action work)
    {
        _begin.Run();
        try
        {
            work();
            _commit.Run();
        }
        catch
        {
            _rollback.Run();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var statement in new[] { _read, _etagOf, _update, _overwrite, _insert, _delete, _begin, _commit, _rollback })
        {
            statement.Command.Dispose();
        }

        _connection.Dispose();
    }

    /// <summary>A command prepared once and run many times with new parameter values.</summary>
    private sealed class Statement
    {
        private readonly SqliteParameter[] _parameters;

        public Statement(SqliteConnection connection, string sql, params string[] parameterNames)
        {
            Command = connection.CreateCommand();
            Command.CommandText = sql;
            _parameters = new SqliteParameter[parameterNames.Length];
            for (var i = 0; i < parameterNames.Length; i++)
            {
                _parameters[i] = Command.Parameters.Add(new SqliteParameter { ParameterName = parameterNames[i] });
            }

            Command.Prepare();
        }

        public SqliteCommand Command { get; }

        public void Bind(params ReadOnlySpan<object> values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                _parameters[i].Value = values[i];
            }
        }

        public int Run(params ReadOnlySpan<object> values)
        {
            Bind(values);
            return Command.ExecuteNonQuery();
        }
    }
}
