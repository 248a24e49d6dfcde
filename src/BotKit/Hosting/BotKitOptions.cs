namespace BotKit.Hosting;

/// <summary>Limits of the messaging endpoint, bound from the "BotKit" configuration section.</summary>
public sealed class BotKitOptions
{
    public const string SectionName = "BotKit";

    /// <summary>Bodies above this size get 413. Real activities, cards included, stay far below 256 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Retries of calls to the channel's Connector API ("BotKit:ConnectorRetry").</summary>
    public ConnectorRetryOptions ConnectorRetry { get; set; } = new();
}
