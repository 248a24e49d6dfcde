using BotKit.Hosting;

namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>
/// Who claims outbox messages, and whether another claimant is gone. A claim moves a message's next attempt a lease
/// ahead; when its instance dies before sending, the message would wait out the whole lease, and the staff would hear
/// of the ticket minutes late. On a shared database the instances' liveness tells; on SQLite one instance serves the
/// file, so a claim made by any other process is from one that has stopped.
/// </summary>
public sealed class OutboxClaimOwner(IInstanceLiveness? sharedLiveness)
{
    public string Id { get; } = sharedLiveness?.InstanceId ?? "process-" + Guid.NewGuid().ToString("N");

    /// <summary>Called before claiming, so no claim is recorded while its owner could be taken for gone.</summary>
    public ValueTask EnsureAliveAsync(CancellationToken cancellationToken) =>
        sharedLiveness?.EnsureAliveAsync(cancellationToken) ?? ValueTask.CompletedTask;

    public async ValueTask<bool> IsGoneAsync(string owner, CancellationToken cancellationToken) =>
        owner != Id && (sharedLiveness is null || !await sharedLiveness.IsAliveAsync(owner, cancellationToken));
}
