using BotKit.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotKit.Auth;

/// <summary>
/// The bot's bearer token for the channel, from Entra ID via MSAL: client credentials (MicrosoftAppId +
/// MicrosoftAppPassword) for MultiTenant and SingleTenant bots, the user-assigned managed identity for UserAssignedMSI.
/// One token serves every call until shortly before it expires; concurrent callers share one request for it.
/// </summary>
public sealed class MsalConnectorCredentials : IConnectorCredentials
{
    /// <summary>The named HTTP client MSAL's token requests go through.</summary>
    public const string HttpClientName = "BotKit.Login";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly Lazy<ConnectorTokenSource.Acquire> _acquire;
    private readonly TimeProvider _time;
    private readonly ILogger<MsalConnectorCredentials> _logger;
    private readonly Lock _sync = new();
    private Task<Lease>? _lease;

    public MsalConnectorCredentials(
        IOptions<BotFrameworkAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider time,
        ILogger<MsalConnectorCredentials> logger)
    {
        // Built on first use: incomplete outbound settings must fail the outbound call, not the inbound endpoint's 401s.
        _acquire = new(() => ConnectorTokenSource.Create(options.Value, new MsalHttpClientFactory(httpClientFactory, HttpClientName)));
        _time = time;
        _logger = logger;
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        Task<Lease> lease;
        lock (_sync)
        {
            if (_lease is null || (_lease.IsCompleted && (!_lease.IsCompletedSuccessfully || _time.GetUtcNow() >= _lease.Result.RefreshAt)))
            {
                // Our clock decides when to refresh; MSAL's cache judges by the wall clock and could hand the old token back.
                _lease = FetchAsync(forceRefresh: _lease is { IsCompletedSuccessfully: true });
            }

            lease = _lease;
        }

        return (await lease.WaitAsync(cancellationToken)).Token;
    }

    // Not tied to one caller's cancellation: other callers may be waiting for the same token.
    private async Task<Lease> FetchAsync(bool forceRefresh)
    {
        AuthenticationResult result;
        try
        {
            result = await _acquire.Value(forceRefresh, CancellationToken.None);
        }
        catch (InvalidOperationException e)
        {
            _logger.LogError("No token for the Bot Connector: {Problem}", e.Message);
            throw new ConnectorException($"The bot could not get a token for the channel: {e.Message}", e);
        }
        catch (MsalException e)
        {
            // MSAL's messages carry the AADSTS code and never the secret; the channel was not called.
            _logger.LogError("No token for the Bot Connector: {ErrorCode} {Message}", e.ErrorCode, e.Message);
            throw new ConnectorException($"The bot could not get a token for the channel ({e.ErrorCode}): {e.Message}", e);
        }

        var now = _time.GetUtcNow();
        var lifetime = result.ExpiresOn - now;
        var margin = lifetime / 2 < RefreshMargin ? lifetime / 2 : RefreshMargin;
        _logger.LogInformation("Got a Bot Connector token from {Source}, valid until {ExpiresOn:O}", result.AuthenticationResultMetadata.TokenSource, result.ExpiresOn);
        return new Lease(result.AccessToken, result.ExpiresOn - margin);
    }

    private sealed record Lease(string Token, DateTimeOffset RefreshAt);
}
