namespace LearningPartnerBot.Tests.Requests;

/// <summary>A clock the test moves between turns, with UTC as its local time, so "today" is the date the test sets.</summary>
internal sealed class HandMovedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now;
}
