using System.Security.Claims;
using BotKit.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotKit.Auth;

/// <summary>
/// Validates a channel's bearer token as the Bot Framework channel contract requires: a known issuer,
/// a key from that issuer's metadata, RS256/384/512 only, audience = the bot's app id, lifetime with five minutes
/// of skew, the serviceUrl the token was issued for, and the channels the signing key is endorsed for.
/// Every rejection is an <see cref="UnauthorizedAccessException"/> whose message names the failed rule only,
/// never token or key material, because callers log it.
/// </summary>
internal sealed class ChannelTokenValidator(
    BotFrameworkAuthenticationOptions options,
    ILogger logger,
    OpenIdSigningKeys botConnectorKeys,
    OpenIdSigningKeys entraKeys,
    TrustedServiceUrls? trustedServiceUrls = null)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<ClaimsIdentity> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var unverified = ReadUnverified(token);
        var source = ChannelTokenIssuers.Classify(unverified.Issuer, options);
        if (source == ChannelTokenSource.Unknown)
        {
            throw new UnauthorizedAccessException("The token's issuer is not trusted.");
        }

        if (string.IsNullOrEmpty(unverified.Kid))
        {
            throw new UnauthorizedAccessException("The token names no signing key.");
        }

        var keys = source == ChannelTokenSource.BotConnector ? botConnectorKeys : entraKeys;
        var key = await keys.FindAsync(unverified.Kid, cancellationToken);
        if (key is null)
        {
            // Worth a warning of its own: after a real key rotation this would reject every request.
            logger.LogWarning("A {Source} token names a signing key that its metadata does not publish, even after a refresh", source);
            throw new UnauthorizedAccessException("The token's signing key is not published by its issuer.");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(source, key));
        if (!result.IsValid)
        {
            throw new UnauthorizedAccessException(Reason(result.Exception));
        }

        var identity = result.ClaimsIdentity;
        if (source is ChannelTokenSource.Emulator or ChannelTokenSource.Tenant)
        {
            RequireOwnAppId(identity, source);
        }

        RequireServiceUrl(identity, activity, required: source == ChannelTokenSource.BotConnector);
        RequireEndorsement(key, activity, required: source == ChannelTokenSource.BotConnector);

        // Only the Bot Connector names the serviceUrl it issued a token for; an Entra-issued token proves who sent the
        // activity, not that its serviceUrl belongs to a channel, so that URL never earns the bot's outbound token.
        if (source == ChannelTokenSource.BotConnector)
        {
            trustedServiceUrls?.Remember(activity.ServiceUrl!);
        }

        logger.LogDebug("Authenticated a {Source} token for channel {ChannelId}", source, activity.ChannelId);
        return identity;
    }

    private static JsonWebToken ReadUnverified(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            throw new UnauthorizedAccessException("The bearer token is not a JWT.");
        }
    }

    private TokenValidationParameters Parameters(ChannelTokenSource source, JsonWebKey key) => new()
    {
        ValidIssuers = source switch
        {
            ChannelTokenSource.BotConnector => [ChannelTokenIssuers.BotConnector],
            ChannelTokenSource.Emulator => ChannelTokenIssuers.Emulator,
            _ => ChannelTokenIssuers.Tenant(options.MicrosoftAppTenantId!),
        },
        ValidAudience = options.MicrosoftAppId,
        IssuerSigningKey = key,

        // Only the key the token names: its endorsements are the ones checked afterwards.
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
    };

    /// <summary>
    /// Entra ID issues tokens for the bot's app id to any app that asks (any app in a tenant can request one), so
    /// the audience alone proves nothing: the token must also have been requested by the bot's own app id, named by
    /// <c>appid</c> in a v1 token and <c>azp</c> in a v2 token. A token of any other or no version is refused.
    /// </summary>
    private void RequireOwnAppId(ClaimsIdentity identity, ChannelTokenSource source)
    {
        var appIdClaim = identity.FindFirst("ver")?.Value switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => throw new UnauthorizedAccessException($"The {source} token has no supported version claim."),
        };
        if (!string.Equals(identity.FindFirst(appIdClaim)?.Value, options.MicrosoftAppId, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"The {source} token was issued to another app.");
        }
    }

    /// <summary>
    /// A token is bound to the connector it was issued for, so a token captured from one conversation cannot make
    /// the bot send replies (with its own credentials) to a serviceUrl of the caller's choosing.
    /// </summary>
    private static void RequireServiceUrl(ClaimsIdentity identity, Activity activity, bool required)
    {
        var serviceUrl = identity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null && !required)
        {
            return;
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException("The token was not issued for the activity's serviceUrl.");
        }
    }

    /// <summary>A Bot Connector key signs only for the channels listed in its endorsements.</summary>
    private static void RequireEndorsement(JsonWebKey key, Activity activity, bool required)
    {
        var endorsements = OpenIdSigningKeys.Endorsements(key);
        if (endorsements is null)
        {
            if (required)
            {
                throw new UnauthorizedAccessException("The token's signing key has no endorsements.");
            }

            return;
        }

        // An activity that names no channel cannot be matched to an endorsement, and an empty name must not skip the check.
        if (string.IsNullOrEmpty(activity.ChannelId) || !endorsements.Contains(activity.ChannelId))
        {
            throw new UnauthorizedAccessException("The token's signing key is not endorsed for the activity's channel.");
        }
    }

    private static string Reason(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidAudienceException => "The token was issued for another audience.",
        SecurityTokenInvalidAlgorithmException => "The token's signing algorithm is not allowed.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        _ => $"The token failed validation ({failure?.GetType().Name ?? "no reason given"}).",
    };
}
