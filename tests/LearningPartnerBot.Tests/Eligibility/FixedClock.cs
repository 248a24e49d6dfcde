namespace LearningPartnerBot.Tests.Eligibility;

/// <summary>A clock stopped at noon of one date, in UTC, so "today" never depends on when or where tests run.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
