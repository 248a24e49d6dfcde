using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace BotKit.Auth;

/// <summary>Asks Entra ID for a Bot Connector token in the way the bot's MicrosoftAppType calls for.</summary>
internal static class ConnectorTokenSource
{
    /// <summary>The tenant whose authority issues tokens for multi-tenant bots.</summary>
    public const string BotFrameworkTenant = "botframework.com";

    public delegate Task<AuthenticationResult> Acquire(bool forceRefresh, CancellationToken cancellationToken);

    public static Acquire Create(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClients)
    {
        var appId = options.MicrosoftAppId ?? throw new InvalidOperationException("MicrosoftAppId is required for outbound tokens.");
        var scope = options.BotFramework.OAuthScope;
        if (Is(options, "UserAssignedMSI"))
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(httpClients)
                .Build();

            // Managed identity endpoints take a resource, not a scope.
            var resource = scope.EndsWith("/.default", StringComparison.Ordinal) ? scope[..^"/.default".Length] : scope;
            return (force, ct) => identity.AcquireTokenForManagedIdentity(resource).WithForceRefresh(force).ExecuteAsync(ct);
        }

        if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            throw new InvalidOperationException($"MicrosoftAppPassword is required for a {options.MicrosoftAppType} bot (or set MicrosoftAppType to UserAssignedMSI).");
        }

        var client = ConfidentialClientApplicationBuilder.Create(appId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority($"{options.BotFramework.LoginEndpoint.TrimEnd('/')}/{Tenant(options)}", validateAuthority: false)
            // The authority comes from our own configuration, so there is nothing to discover or validate about it.
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClients)
            .Build();
        string[] scopes = [scope];
        return (force, ct) => client.AcquireTokenForClient(scopes).WithForceRefresh(force).ExecuteAsync(ct);
    }

    // A single-tenant app does not exist in the Bot Framework tenant: asking there fails with AADSTS700016.
    private static string Tenant(BotFrameworkAuthenticationOptions options) =>
        !Is(options, "SingleTenant") ? BotFrameworkTenant
        : string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) ? throw new InvalidOperationException("MicrosoftAppTenantId is required for a SingleTenant bot.")
        : options.MicrosoftAppTenantId;

    private static bool Is(BotFrameworkAuthenticationOptions options, string appType) =>
        string.Equals(options.MicrosoftAppType, appType, StringComparison.OrdinalIgnoreCase);
}
