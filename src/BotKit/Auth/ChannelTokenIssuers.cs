namespace BotKit.Auth;

/// <summary>Who minted an inbound token, which decides the keys and the extra checks that apply to it.</summary>
internal enum ChannelTokenSource
{
    Unknown,

    /// <summary>The Bot Connector (api.botframework.com): keys carry endorsements and the token names the serviceUrl.</summary>
    BotConnector,

    /// <summary>The Bot Framework Emulator, signed by Entra ID with the bot's own credentials.</summary>
    Emulator,

    /// <summary>The bot's own Entra tenant (single-tenant and managed-identity bots).</summary>
    Tenant,
}

/// <summary>The token issuers a Bot Framework channel is trusted from: the Bot Connector, the Emulator and tenants.</summary>
internal static class ChannelTokenIssuers
{
    public const string BotConnector = "https://api.botframework.com";

    // The Emulator's tokens come from the Bot Framework's and Microsoft's own tenants, in v1 and v2 form
    // (public cloud only: this bot is not deployed to sovereign clouds).
    private static readonly string[] EmulatorTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
    ];

    public static readonly IReadOnlyList<string> Emulator = [.. EmulatorTenants.SelectMany(TenantIssuers)];

    public static IReadOnlyList<string> Tenant(string tenantId) => TenantIssuers(tenantId);

    public static ChannelTokenSource Classify(string? issuer, BotFrameworkAuthenticationOptions options)
    {
        if (string.Equals(issuer, BotConnector, StringComparison.Ordinal))
        {
            return ChannelTokenSource.BotConnector;
        }

        if (issuer is not null && Emulator.Contains(issuer, StringComparer.Ordinal))
        {
            return ChannelTokenSource.Emulator;
        }

        if (issuer is not null && options.AcceptsTenantIssuedTokens && Tenant(options.MicrosoftAppTenantId!).Contains(issuer, StringComparer.Ordinal))
        {
            return ChannelTokenSource.Tenant;
        }

        return ChannelTokenSource.Unknown;
    }

    private static string[] TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
