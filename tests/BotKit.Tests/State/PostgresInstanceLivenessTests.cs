using BotKit.EntityFramework;
using Npgsql;
using TestSupport.Databases;

namespace BotKit.Tests.State;

/// <summary>
/// Instances of the bot on one PostgreSQL server see each other alive while they run, and see a stopped or killed one
/// gone at once, so its unanswered activities can run elsewhere without waiting for a claim to expire.
/// </summary>
[UsesPostgres]
public sealed class PostgresInstanceLivenessTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private readonly string _connectionString = database.Reset();

    [DatabaseFact]
    public async Task A_running_instance_is_alive_to_another_and_gone_once_it_stops()
    {
        var observer = new PostgresInstanceLiveness(_connectionString);
        await using var _ = observer;
        var first = new PostgresInstanceLiveness(_connectionString);
        await first.EnsureAliveAsync(CancellationToken.None);

        Assert.True(await observer.IsAliveAsync(first.InstanceId, CancellationToken.None));

        await first.DisposeAsync();
        Assert.False(await observer.IsAliveAsync(first.InstanceId, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task A_container_that_disposes_synchronously_also_ends_the_instance()
    {
        await using var observer = new PostgresInstanceLiveness(_connectionString);
        var instance = new PostgresInstanceLiveness(_connectionString);
        await instance.EnsureAliveAsync(CancellationToken.None);

        instance.Dispose();
        await instance.DisposeAsync();

        Assert.False(await observer.IsAliveAsync(instance.InstanceId, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task An_instance_whose_session_the_server_lost_is_gone_and_takes_its_lock_again_on_its_next_claim()
    {
        await using var observer = new PostgresInstanceLiveness(_connectionString);
        await using var instance = new PostgresInstanceLiveness(_connectionString, verifyEvery: TimeSpan.Zero);
        await instance.EnsureAliveAsync(CancellationToken.None);

        // What the server sees when a process is SIGKILLed: its session ends without a word.
        await TerminateSessionsAsync("bot instance liveness");
        Assert.False(await observer.IsAliveAsync(instance.InstanceId, CancellationToken.None));

        await instance.EnsureAliveAsync(CancellationToken.None);
        Assert.True(await observer.IsAliveAsync(instance.InstanceId, CancellationToken.None));
    }

    [DatabaseFact]
    public async Task An_instance_that_never_ran_on_this_database_is_gone_and_a_foreign_id_counts_as_alive()
    {
        await using var observer = new PostgresInstanceLiveness(_connectionString);
        await using var never = new PostgresInstanceLiveness(_connectionString);

        Assert.False(await observer.IsAliveAsync(never.InstanceId, CancellationToken.None));
        Assert.True(await observer.IsAliveAsync("instance-from-another-liveness-scheme", CancellationToken.None));
        Assert.True(await observer.IsAliveAsync(observer.InstanceId, CancellationToken.None));
    }

    private async Task TerminateSessionsAsync(string applicationName)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database() AND pid <> pg_backend_pid()",
            connection);
        command.Parameters.AddWithValue("name", applicationName);
        Assert.True((long)(await command.ExecuteScalarAsync())! >= 1);

        // pg_terminate_backend only signals; the lock goes when the backend has exited. Past the deadline the test
        // would go on to judge liveness against a session that is still there, and fail for the wrong reason.
        var deadline = TimeSpan.FromSeconds(5);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        long left;
        do
        {
            await using var check = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", connection);
            check.Parameters.AddWithValue("name", applicationName);
            left = (long)(await check.ExecuteScalarAsync())!;
            if (left == 0)
            {
                return;
            }

            await Task.Delay(50);
        }
        while (waited.Elapsed < deadline);

        Assert.Fail($"{left} '{applicationName}' session(s) were still on the server {deadline.TotalSeconds:0} s after pg_terminate_backend; the test cannot judge what a killed instance looks like.");
    }
}
