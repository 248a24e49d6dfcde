using System.Data;
using System.Globalization;
using BotKit.Hosting;
using Npgsql;

namespace BotKit.EntityFramework;

/// <summary>
/// Instance liveness on the PostgreSQL server the instances share: each instance holds a session-level advisory lock
/// on a key of its own for as long as it runs, on a connection kept for that alone. When the process dies, however it
/// dies, the server ends its session and the lock is gone at once, so a restarted or surviving instance can run the
/// dead one's unanswered activities the moment the channel retries them, with no lease to wait out.
/// A host that vanishes without closing its sockets (a power cut) is noticed when the server's TCP keepalive gives up
/// on the session (tcp_keepalives_* settings); until then its claims still count as alive.
/// The other way round, when the server drops this instance's session (a failover, an idle-session killer), the lock
/// is taken again on a new connection at the first claim after the holder was last seen working.
/// </summary>
public sealed class PostgresInstanceLiveness : IInstanceLiveness, IAsyncDisposable, IDisposable
{
    // pg_locks shows a bigint advisory key as its high half in classid and its low half in objid, with objsubid 1.
    private const string IsHeldSql = """
        SELECT EXISTS (
            SELECT 1 FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND objsubid = 1
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND classid::bigint = @high AND objid::bigint = @low)
        """;

    private readonly string _checkConnectionString;
    private readonly string _holderConnectionString;
    /// <summary>How long a holder that answered is trusted without asking again: one round trip a second at most.</summary>
    public static readonly TimeSpan DefaultVerifyEvery = TimeSpan.FromSeconds(1);

    private readonly long _key;
    private readonly TimeSpan _verifyEvery;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlConnection? _holder;
    private long _verifiedAt;
    private int _disposed;

    /// <param name="verifyEvery">How often a claim checks that the lock's session still stands; default <see cref="DefaultVerifyEvery"/>.</param>
    public PostgresInstanceLiveness(string connectionString, TimeSpan? verifyEvery = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _checkConnectionString = connectionString;

        // Unpooled, so closing it really ends the session that holds the lock; the keepalive makes a silently broken
        // connection show as closed, and the next claim takes the lock again on a new one.
        _holderConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            KeepAlive = 15,
            ApplicationName = "bot instance liveness",
        }.ConnectionString;
        _verifyEvery = verifyEvery ?? DefaultVerifyEvery;
        _key = Random.Shared.NextInt64(1, long.MaxValue);
        InstanceId = _key.ToString(CultureInfo.InvariantCulture);
    }

    public string InstanceId { get; }

    public async ValueTask EnsureAliveAsync(CancellationToken cancellationToken)
    {
        if (IsTrusted())
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (IsTrusted())
            {
                return;
            }

            if (_holder is { State: ConnectionState.Open } && await AnswersAsync(_holder, cancellationToken))
            {
                MarkVerified();
                return;
            }

            if (_holder is not null)
            {
                await _holder.DisposeAsync();
                _holder = null;
            }

            _holder = await LockAsync(cancellationToken);
            MarkVerified();
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsTrusted() =>
        _holder is { State: ConnectionState.Open }
        && Environment.TickCount64 - Interlocked.Read(ref _verifiedAt) < _verifyEvery.TotalMilliseconds;

    private void MarkVerified() => Interlocked.Exchange(ref _verifiedAt, Environment.TickCount64);

    private static async Task<bool> AnswersAsync(NpgsqlConnection holder, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT 1", holder);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The session is gone, and the lock with it.
            return false;
        }
    }

    private async Task<NpgsqlConnection> LockAsync(CancellationToken cancellationToken)
    {
        var holder = new NpgsqlConnection(_holderConnectionString);
        try
        {
            await holder.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", holder);
            command.Parameters.AddWithValue("key", _key);
            if (await command.ExecuteScalarAsync(cancellationToken) is not true)
            {
                throw new InvalidOperationException($"Instance key {InstanceId} is held by another session.");
            }

            return holder;
        }
        catch
        {
            await holder.DisposeAsync();
            throw;
        }
    }

    public async ValueTask<bool> IsAliveAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        if (instanceId == InstanceId)
        {
            return true;
        }

        if (!long.TryParse(instanceId, NumberStyles.None, CultureInfo.InvariantCulture, out var key) || key <= 0)
        {
            return true;
        }

        await using var connection = new NpgsqlConnection(_checkConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(IsHeldSql, connection);
        command.Parameters.AddWithValue("high", key >> 32);
        command.Parameters.AddWithValue("low", key & 0xFFFF_FFFFL);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    // Both, because a container disposed synchronously refuses a singleton that can only be disposed asynchronously.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _gate.Wait();
        try
        {
            if (_holder is not null)
            {
                Release(_holder);
                _holder.Dispose();
                _holder = null;
            }
        }
        finally
        {
            _gate.Release();
        }

        _gate.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _gate.WaitAsync();
        try
        {
            if (_holder is not null)
            {
                await ReleaseAsync(_holder);
                await _holder.DisposeAsync();
                _holder = null;
            }
        }
        finally
        {
            _gate.Release();
        }

        _gate.Dispose();
    }

    // The server frees a closed session's locks when its backend exits, a moment after the client has gone; an
    // instance that stops on purpose unlocks first, so the others see it gone as soon as it has stopped.
    private const string UnlockAll = "SELECT pg_advisory_unlock_all()";

    private static void Release(NpgsqlConnection holder)
    {
        try
        {
            using var command = new NpgsqlCommand(UnlockAll, holder);
            command.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A session already lost holds nothing to unlock.
        }
    }

    private static async Task ReleaseAsync(NpgsqlConnection holder)
    {
        try
        {
            await using var command = new NpgsqlCommand(UnlockAll, holder);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // A session already lost holds nothing to unlock.
        }
    }
}
