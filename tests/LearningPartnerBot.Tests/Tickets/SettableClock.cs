namespace LearningPartnerBot.Tests.Tickets;

/// <summary>A clock the test moves by hand, so "now" (and with it the ticket year) never depends on when tests run.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
