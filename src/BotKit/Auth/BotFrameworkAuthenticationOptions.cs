namespace BotKit.Auth;

/// <summary>
/// The bot's identity, bound from the configuration root with the names the Bot Framework samples and
/// Azure templates use, so an App Service configured for the SDK works unchanged.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>Bound from the <c>BotFramework</c> section, e.g. <c>BotFramework:OpenIdMetadataUrl</c>.</summary>
    public BotFrameworkEndpointOptions BotFramework { get; set; } = new();

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>
    /// Single-tenant and managed-identity bots live in one Entra tenant, so tokens issued by that tenant are theirs;
    /// a multi-tenant bot must not accept tokens from whichever tenant happens to be configured.
    /// </summary>
    public bool AcceptsTenantIssuedTokens =>
        !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        && (string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase)
            || string.Equals(MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase));
}

/// <summary>Where the signing keys come from; overridable so a sovereign cloud or a test can serve its own.</summary>
public sealed class BotFrameworkEndpointOptions
{
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>The Bot Connector's metadata: keys for tokens issued by https://api.botframework.com, with endorsements.</summary>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Entra ID's metadata: keys for tokens from the Emulator and, for single-tenant bots, the bot's tenant.</summary>
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;

    /// <summary>
    /// Where the bot gets its outbound token: the authority is this host plus <c>botframework.com</c> (multi-tenant) or
    /// the bot's tenant id (single-tenant). Overridable for a sovereign cloud.
    /// </summary>
    public string LoginEndpoint { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The audience of the bot's outbound token: the Bot Connector.</summary>
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";
}
