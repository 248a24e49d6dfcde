using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// Decides whether an authenticated, parsed activity may run a turn now. The messaging endpoint asks it after the
/// channel's token is validated, so only a genuine caller spends a conversation's or user's permits; a refused
/// activity is answered 429 with Retry-After and never reaches the bot.
/// </summary>
public interface IActivityRateLimiter
{
    ValueTask<ActivityAdmission> AdmitAsync(Activity activity, CancellationToken cancellationToken = default);
}

/// <summary>The limiter's answer: admitted, or refused with how long the caller should wait before trying again.</summary>
public readonly record struct ActivityAdmission(bool IsAdmitted, TimeSpan RetryAfter)
{
    public static ActivityAdmission Admitted { get; } = new(true, TimeSpan.Zero);

    public static ActivityAdmission Refused(TimeSpan retryAfter) => new(false, retryAfter);

    /// <summary>Retry-After in whole seconds, rounded up and at least 1, as HTTP expects.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
