using System.Security.Claims;
using BotKit.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotKit.Auth;

/// <summary>
/// Anonymous when no MicrosoftAppId is configured; otherwise every request must carry a bearer token.
/// Verifying the token's signature, issuer, audience and endorsements is not implemented yet, so with an app id
/// configured this authenticator fails closed: a bot that cannot verify tokens must not trust any of them.
/// </summary>
public sealed class ConfigurationChannelAuthenticator(
    IOptions<BotFrameworkAuthenticationOptions> options,
    ILogger<ConfigurationChannelAuthenticator> logger) : IChannelAuthenticator
{
    public const string AnonymousAuthenticationType = "anonymous";

    public bool IsAnonymous => options.Value.IsAuthenticationDisabled;

    public Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        if (IsAnonymous)
        {
            return Task.FromResult(new ClaimsIdentity(AnonymousAuthenticationType));
        }

        if (!BearerToken.TryParse(authorizationHeader, out _))
        {
            throw new UnauthorizedAccessException("A bearer token is required.");
        }

        logger.LogError("Rejected a request from channel {ChannelId}: channel token validation is not available in this build", activity.ChannelId);
        throw new UnauthorizedAccessException("Channel token validation is not available.");
    }
}

public static class BearerToken
{
    /// <summary>Accepts exactly "Bearer &lt;token&gt;": two parts, scheme compared ordinally, as the channel contract requires.</summary>
    public static bool TryParse(string? header, out string token)
    {
        token = string.Empty;
        var parts = header?.Split(' ');
        if (parts is not [var scheme, var value] || !string.Equals(scheme, "Bearer", StringComparison.Ordinal) || value.Length == 0)
        {
            return false;
        }

        token = value;
        return true;
    }
}
