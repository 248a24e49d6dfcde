namespace BotKit.Hosting;

/// <summary>
/// Liveness where one instance serves the store (a SQLite file): this process is alive, and anything another process
/// claimed was claimed by one that has stopped, since no two run on the store at once.
/// </summary>
public sealed class SingleInstanceLiveness : IInstanceLiveness
{
    public string InstanceId { get; } = "process-" + Guid.NewGuid().ToString("N");

    public ValueTask EnsureAliveAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<bool> IsAliveAsync(string instanceId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(instanceId == InstanceId);
}
