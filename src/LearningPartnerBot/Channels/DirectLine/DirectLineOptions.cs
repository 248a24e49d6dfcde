namespace LearningPartnerBot.Channels.DirectLine;

/// <summary>The bot's own Direct Line endpoint (/v3/directline), bound from the "DirectLine" configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// Null means "on only in Development while no MicrosoftAppId is configured": the endpoint hands out tokens to
    /// anyone, so a bot registered with Azure (whose channels authenticate) must not also be reachable anonymously.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>How long a token is valid; the hosted Direct Line service also uses 30 minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a streamUrl can be opened; as on the hosted service, a client that waits longer reconnects for a new one.</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an idle stream gets an empty message, so proxies and clients see the socket is alive.</summary>
    public TimeSpan StreamKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Conversations kept in memory; when full, the one idle longest is dropped.</summary>
    public int MaxConversations { get; set; } = 200;

    /// <summary>Activities kept per conversation; older ones drop out of reach of the watermark.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Other origins whose pages may call the endpoint (CORS); the playground page itself is same-origin.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}
