namespace BotKit.Hosting;

/// <summary>
/// Tells whether an instance of the bot that shares this one's storage is still running. An activity claimed by an
/// instance that died before answering it (a crash, a SIGKILL, a recycled container) must run when the channel
/// delivers it again; without this, the claim would make every instance drop the retry until the claim expires, and
/// the partner's message would be lost.
/// </summary>
public interface IInstanceLiveness
{
    /// <summary>This instance's id, recorded on the activities it claims.</summary>
    string InstanceId { get; }

    /// <summary>
    /// Makes this instance visible as alive to the others. Called before each claim, so a claim is never recorded
    /// while its owner could be taken for dead.
    /// </summary>
    ValueTask EnsureAliveAsync(CancellationToken cancellationToken);

    /// <summary>False only when the instance is known to be gone; an id this service cannot judge counts as alive.</summary>
    ValueTask<bool> IsAliveAsync(string instanceId, CancellationToken cancellationToken);
}
