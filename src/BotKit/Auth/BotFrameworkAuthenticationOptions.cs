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

    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
