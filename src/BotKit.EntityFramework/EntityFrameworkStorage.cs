using BotKit.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BotKit.EntityFramework;

/// <summary>
/// <see cref="IStorage"/> on a relational database through EF Core. Every ETag check is part of the
/// statement that writes (a conditional UPDATE, or an INSERT guarded by the primary key), so it holds
/// against any other writer of the same database, not only against this instance. Nothing here names a provider:
/// <see cref="PostgresStorage"/> only chooses one. (<see cref="SqliteStorage"/> runs the same statements on SQLite
/// without EF, on connections it keeps open.)
/// Thread-safe: each call rents its own <see cref="BotStateDbContext"/> from a pool.
/// Every turn reads and writes state, so the hot paths avoid EF's per-call costs (measured at about a quarter of a
/// FAQ turn's CPU): contexts are pooled instead of built, the one-key read is a compiled query, and an update is one
/// parameterized statement, atomic by itself, so a one-item write needs no transaction of its own.
/// </summary>
public class EntityFrameworkStorage : IStorage
{
    // Quoted identifiers read the same on SQLite and PostgreSQL; the names are BotStateDbContext's.
    private const string UpdateSql =
        "UPDATE \"BotState\" SET \"Document\" = {0}, \"ETag\" = {1}, \"UpdatedAt\" = {2} WHERE \"Key\" = {3} AND \"ETag\" = {4}";

    // ON CONFLICT DO NOTHING reads the same on both (SQLite 3.24+, PostgreSQL 9.5+): a concurrent creator makes it
    // affect no row instead of throwing, which would also abort a PostgreSQL transaction.
    private const string InsertSql =
        "INSERT INTO \"BotState\" (\"Key\", \"Document\", \"ETag\", \"UpdatedAt\") VALUES ({0}, {1}, {2}, {3}) ON CONFLICT (\"Key\") DO NOTHING";

    private const string OverwriteSql =
        "UPDATE \"BotState\" SET \"Document\" = {0}, \"ETag\" = {1}, \"UpdatedAt\" = {2} WHERE \"Key\" = {3}";

    private readonly DbContextOptions<BotStateDbContext> _options;
    private readonly PooledDbContextFactory<BotStateDbContext> _contexts;

    // Per instance: a compiled query belongs to the provider it first ran on, and one process may hold both.
    private readonly Func<BotStateDbContext, string, CancellationToken, Task<BotStateRecord?>> _readOne =
        EF.CompileAsyncQuery((BotStateDbContext db, string key, CancellationToken _) =>
            db.States.AsNoTracking().FirstOrDefault(record => record.Key == key));
    private readonly Lock _schemaLock = new();
    private Task? _schemaReady;

    public EntityFrameworkStorage(DbContextOptions<BotStateDbContext> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = new DbContextOptionsBuilder<BotStateDbContext>(options)
            .AddInterceptors(SqlitePragmaInterceptor.Instance)
            .Options;
        _contexts = new PooledDbContextFactory<BotStateDbContext>(_options);
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var db = await OpenAsync(cancellationToken);
        List<BotStateRecord> records = keys.Count == 1
            ? await _readOne(db, keys.First(), cancellationToken) is { } found ? [found] : []
            : await db.States.AsNoTracking().Where(record => keys.Contains(record.Key)).ToListAsync(cancellationToken);
        foreach (var record in records)
        {
            // Parsed per item when first asked for (state reads its text instead), so callers own their copy.
            result[record.Key] = StoreItem.FromJson(record.Document, record.ETag);
        }

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

        await using var db = await OpenAsync(cancellationToken);
        if (changes.Count == 1)
        {
            var (key, change) = changes.First();
            ArgumentNullException.ThrowIfNull(change);
            result[key] = await WriteOneAsync(db, key, change, cancellationToken);
            return result;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (key, change) in changes)
        {
            ArgumentNullException.ThrowIfNull(change);
            result[key] = await WriteOneAsync(db, key, change, cancellationToken);
        }

        // Any conflict above throws before this line; disposing the transaction then rolls every item back.
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await using var db = await OpenAsync(cancellationToken);
        await db.States.Where(record => keys.Contains(record.Key)).ExecuteDeleteAsync(cancellationToken);
    }

    private static async Task<string> WriteOneAsync(BotStateDbContext db, string key, StoreItem change, CancellationToken cancellationToken)
    {
        var json = change.ToJson();
        var etag = Guid.NewGuid().ToString("N");
        var now = DateTimeOffset.UtcNow;

        if (change.ETag is not null)
        {
            var expected = change.ETag;
            var updated = change.ETag == StoreItem.AnyETag
                ? await db.Database.ExecuteSqlRawAsync(OverwriteSql, [json, etag, now, key], cancellationToken)
                : await db.Database.ExecuteSqlRawAsync(UpdateSql, [json, etag, now, key, expected], cancellationToken);
            if (updated == 1)
            {
                return etag;
            }

            if (change.ETag != StoreItem.AnyETag)
            {
                throw await ConflictAsync(db, key, expected, cancellationToken);
            }
        }

        // Create-only, or "*" on a key that does not exist yet: the primary key turns away a concurrent creator.
        if (await db.Database.ExecuteSqlRawAsync(InsertSql, [key, json, etag, now], cancellationToken) == 1)
        {
            return etag;
        }

        if (change.ETag == StoreItem.AnyETag)
        {
            // A concurrent creator won between our update and our insert (PostgreSQL lets both get this far;
            // SQLite's write lock does not). "*" means overwrite, so overwrite what it committed.
            await db.Database.ExecuteSqlRawAsync(OverwriteSql, [json, etag, now, key], cancellationToken);
            return etag;
        }

        throw new EtagConflictException($"ETag conflict on '{key}': the write expected no document, but the document already exists.");
    }

    private static async Task<EtagConflictException> ConflictAsync(BotStateDbContext db, string key, string expected, CancellationToken cancellationToken)
    {
        var actual = await db.States.AsNoTracking()
            .Where(record => record.Key == key)
            .Select(record => record.ETag)
            .FirstOrDefaultAsync(cancellationToken);
        return new EtagConflictException(key, expected, actual);
    }

    private async Task<BotStateDbContext> OpenAsync(CancellationToken cancellationToken)
    {
        await SchemaReadyAsync().WaitAsync(cancellationToken);
        return await _contexts.CreateDbContextAsync(cancellationToken);
    }

    /// <summary>The one schema creation all callers share; retried on the next call if it failed.</summary>
    private Task SchemaReadyAsync()
    {
        lock (_schemaLock)
        {
            if (_schemaReady is null || _schemaReady.IsFaulted || _schemaReady.IsCanceled)
            {
                _schemaReady = BotStateSchema.EnsureCreatedAsync(_options);
            }

            return _schemaReady;
        }
    }
}
