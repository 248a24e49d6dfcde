namespace BotKit.Hosting;

/// <summary>How hard the connector client retries a throttled or failing channel; bound from "BotKit:ConnectorRetry".</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First back-off when the channel gives no Retry-After; doubled (with jitter) on each retry.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A Retry-After longer than this is not waited for: the call fails with 429 instead, because a reply held for
    /// minutes is worse than a reported failure (and Teams redelivers a turn that takes more than ~15 s).
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);
}
