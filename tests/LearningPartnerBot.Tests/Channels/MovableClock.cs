namespace LearningPartnerBot.Tests.Channels;

/// <summary>A clock a test moves forward, so token expiry is checked without waiting.</summary>
internal sealed class MovableClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
