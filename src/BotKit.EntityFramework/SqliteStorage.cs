using System.Collections.Concurrent;
using BotKit.State;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BotKit.EntityFramework;

/// <summary>
/// Bot state in a SQLite file (WAL mode), e.g. <c>new SqliteStorage("Data Source=botstate.db")</c>, in the table and
/// with the ETag semantics of <see cref="EntityFrameworkStorage"/>: every check is part of the statement that writes,
/// so it holds against another instance on the same file too.
/// Nearly every turn writes state, so this store talks to SQLite directly on connections it keeps open with their
/// statements prepared: through EF, opening a pooled connection (its functions registered, its pragmas run) and
/// preparing the statement again cost more than the write itself, about a tenth of a FAQ turn's CPU. Writes take
/// turns on one connection, since SQLite lets one writer at a time anyway: waiting here is a queue, where competing
/// connections would wait in SQLite's busy handler, which sleeps. Reads use connections of their own (WAL lets them
/// run beside the writer).
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    /// <summary>Idle read connections kept open; more are opened under a burst and closed after it.</summary>
    private const int IdleReaders = 4;

    private readonly string _connectionString;
    private readonly DbContextOptions<BotStateDbContext> _schemaOptions;
    private readonly SemaphoreSlim _writeTurn = new(1, 1);
    private readonly ConcurrentBag<SqliteStateConnection> _idleReaders = [];
    private readonly Lock _schemaLock = new();
    private SqliteStateConnection? _writer;
    private int _idleReaderCount;
    private Task? _schemaReady;
    private bool _disposed;

    public SqliteStorage(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        _connectionString = connectionString;
        _schemaOptions = new DbContextOptionsBuilder<BotStateDbContext>()
            .UseSqlite(connectionString)
            .AddInterceptors(SqlitePragmaInterceptor.Instance)
            .Options;
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await SchemaReadyAsync().WaitAsync(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var connection = RentReader();
        try
        {
            foreach (var key in keys)
            {
                if (connection.Read(key) is { } found)
                {
                    // Parsed per item when first asked for (state reads its text instead), so callers own their copy.
                    result[key] = StoreItem.FromJson(found.Document, found.ETag);
                }
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        ReturnReader(connection);
        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return result;
        }

        // Serialized before the turn to write, so the queue holds only the statements themselves.
        var documents = new List<(string Key, string Json, string? ETag)>(changes.Count);
        foreach (var (key, change) in changes)
        {
            ArgumentNullException.ThrowIfNull(change);
            documents.Add((key, change.ToJson(), change.ETag));
        }

        await SchemaReadyAsync().WaitAsync(cancellationToken);
        await _writeTurn.WaitAsync(cancellationToken);
        try
        {
            var writer = _writer ??= SqliteStateConnection.Open(_connectionString);
            try
            {
                if (documents.Count == 1)
                {
                    var (key, json, etag) = documents[0];
                    result[key] = writer.Write(key, json, etag);
                    return result;
                }

                writer.InTransaction(() =>
                {
                    // Any conflict throws out of here, and the transaction then rolls every item back.
                    foreach (var (key, json, etag) in documents)
                    {
                        result[key] = writer.Write(key, json, etag);
                    }
                });
                return result;
            }
            catch (Exception ex) when (ex is not EtagConflictException)
            {
                // A connection that failed mid-statement is not trusted again; the next write opens a fresh one.
                _writer = null;
                writer.Dispose();
                throw;
            }
        }
        finally
        {
            _writeTurn.Release();
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await SchemaReadyAsync().WaitAsync(cancellationToken);
        await _writeTurn.WaitAsync(cancellationToken);
        try
        {
            var writer = _writer ??= SqliteStateConnection.Open(_connectionString);
            try
            {
                writer.InTransaction(() =>
                {
                    foreach (var key in keys)
                    {
                        writer.Delete(key);
                    }
                });
            }
            catch
            {
                _writer = null;
                writer.Dispose();
                throw;
            }
        }
        finally
        {
            _writeTurn.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writeTurn.Wait();
        try
        {
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeTurn.Release();
        }

        while (_idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    private SqliteStateConnection RentReader()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idleReaders.TryTake(out var idle))
        {
            Interlocked.Decrement(ref _idleReaderCount);
            return idle;
        }

        return SqliteStateConnection.Open(_connectionString);
    }

    private void ReturnReader(SqliteStateConnection connection)
    {
        if (_disposed || Interlocked.Increment(ref _idleReaderCount) > IdleReaders)
        {
            Interlocked.Decrement(ref _idleReaderCount);
            connection.Dispose();
            return;
        }

        _idleReaders.Add(connection);
    }

    /// <summary>The one schema creation all callers share; retried on the next call if it failed.</summary>
    private Task SchemaReadyAsync()
    {
        lock (_schemaLock)
        {
            if (_schemaReady is null || _schemaReady.IsFaulted || _schemaReady.IsCanceled)
            {
                _schemaReady = BotStateSchema.EnsureCreatedAsync(_schemaOptions);
            }

            return _schemaReady;
        }
    }
}
