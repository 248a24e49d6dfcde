using System.Security.Claims;
using BotKit.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;

namespace BotKit.Auth;

/// <summary>
/// Anonymous when no MicrosoftAppId is configured (local development, the Emulator without credentials);
/// otherwise every request must carry a channel token that passes <see cref="ChannelTokenValidator"/>.
/// </summary>
public sealed class ConfigurationChannelAuthenticator : IChannelAuthenticator
{
    public const string AnonymousAuthenticationType = "anonymous";

    /// <summary>Named HttpClient that fetches OpenID metadata and signing keys.</summary>
    public const string MetadataHttpClientName = "BotKit.OpenIdMetadata";

    private readonly BotFrameworkAuthenticationOptions _settings;
    private readonly ChannelTokenValidator? _validator;

    public ConfigurationChannelAuthenticator(
        IOptions<BotFrameworkAuthenticationOptions> options,
        ILogger<ConfigurationChannelAuthenticator> logger,
        IHttpClientFactory? httpClientFactory = null,
        TrustedServiceUrls? trustedServiceUrls = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _settings = options.Value;
        if (_settings.IsAuthenticationDisabled)
        {
            return;
        }

        _validator = new ChannelTokenValidator(
            _settings,
            logger,
            OpenIdSigningKeys.FromMetadata(_settings.BotFramework.OpenIdMetadataUrl, Retriever(httpClientFactory)),
            OpenIdSigningKeys.FromMetadata(_settings.BotFramework.EntraOpenIdMetadataUrl, Retriever(httpClientFactory)),
            trustedServiceUrls);
    }

    public bool IsAnonymous => _validator is null;

    public async Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_validator is null)
        {
            return new ClaimsIdentity(AnonymousAuthenticationType);
        }

        if (!BearerToken.TryParse(authorizationHeader, out var token))
        {
            throw new UnauthorizedAccessException("A bearer token is required.");
        }

        return await _validator.ValidateAsync(token, activity, cancellationToken);
    }

    // HTTPS is required (the retriever's default): keys fetched over plain HTTP could be swapped in transit.
    private static HttpDocumentRetriever Retriever(IHttpClientFactory? httpClientFactory) =>
        httpClientFactory is null ? new HttpDocumentRetriever() : new HttpDocumentRetriever(httpClientFactory.CreateClient(MetadataHttpClientName));
}
