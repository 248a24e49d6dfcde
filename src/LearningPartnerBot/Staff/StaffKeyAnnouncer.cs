namespace LearningPartnerBot.Staff;

/// <summary>
/// Resolves the key ring at start-up rather than on the first staff request, so the Development key file exists and
/// its location is logged as soon as the app runs, and a missing production key is reported before anyone calls.
/// </summary>
internal sealed class StaffKeyAnnouncer(StaffKeyRing keys) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = keys.HasKeys;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
