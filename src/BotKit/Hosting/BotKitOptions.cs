namespace BotKit.Hosting;

/// <summary>Limits of the messaging endpoint, bound from the "BotKit" configuration section.</summary>
public sealed class BotKitOptions
{
    public const string SectionName = "BotKit";

    /// <summary>Bodies above this size get 413. Real activities, cards included, stay far below 256 KB.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Retries of calls to the channel's Connector API ("BotKit:ConnectorRetry").</summary>
    public ConnectorRetryOptions ConnectorRetry { get; set; } = new();

    /// <summary>
    /// Outside Development a bot without a MicrosoftAppId refuses to start, because its messaging endpoint would run
    /// turns for anyone; true says the operator means it (a load test, a sealed network) and is logged as critical.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>
    /// Hosts the bot's connector token may be sent to besides the serviceUrls a Bot Connector token vouched for:
    /// exact names or "*.domain" for any subdomain, https only. Null means <see cref="DefaultTrustedServiceHosts"/>.
    /// </summary>
    public string[]? TrustedServiceHosts { get; set; }

    /// <summary>The public cloud's Bot Connector hosts: Teams (smba.trafficmanager.net) and every other channel.</summary>
    public static readonly IReadOnlyList<string> DefaultTrustedServiceHosts = ["smba.trafficmanager.net", "*.botframework.com"];
}
