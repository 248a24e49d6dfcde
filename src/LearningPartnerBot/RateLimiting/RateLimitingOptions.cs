namespace LearningPartnerBot.RateLimiting;

/// <summary>
/// How fast conversations, users and staff tools may call the bot, bound from the "RateLimiting" section. Each limit
/// is a token bucket: <see cref="TokenBucketLimit.Burst"/> calls at once, then <see cref="TokenBucketLimit.TokensPerPeriod"/>
/// more every <see cref="TokenBucketLimit.ReplenishmentPeriod"/>.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Off only for tools that must reach the bot unthrottled (never in production).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Per conversation (channel + conversation.id): a double-click or a burst of card submits fits in 10; a person
    /// never types faster than about one message a second for long.
    /// </summary>
    public TokenBucketLimit Conversation { get; set; } = new() { Burst = 10, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(1) };

    /// <summary>
    /// Per user (channel + from.id), across all of their conversations: a person in a few chats at once, still at
    /// a human pace. Not per IP: all Teams traffic arrives from Microsoft's addresses.
    /// </summary>
    public TokenBucketLimit User { get; set; } = new() { Burst = 20, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromSeconds(1) };

    /// <summary>Per staff key on the /api staff endpoints: generous for bulk imports, but a runaway script is slowed.</summary>
    public TokenBucketLimit StaffKey { get; set; } = new() { Burst = 100, TokensPerPeriod = 20, ReplenishmentPeriod = TimeSpan.FromSeconds(1) };
}

public sealed class TokenBucketLimit
{
    public int Burst { get; set; }

    public int TokensPerPeriod { get; set; } = 1;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
