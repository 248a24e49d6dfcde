using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotKit.Auth;

/// <summary>
/// The signing keys published behind one OpenID metadata document, cached by <see cref="ConfigurationManager{T}"/>
/// (refreshed every 12 hours) and refreshed early when a token names a key id we have not seen: that is how a key
/// rotation shows up. Early refreshes happen at most once per <see cref="BaseConfigurationManager.RefreshInterval"/>,
/// so tokens with made-up key ids cannot make the bot hammer the metadata endpoint.
/// </summary>
internal sealed class OpenIdSigningKeys(ConfigurationManager<OpenIdConnectConfiguration> configurationManager)
{
    /// <summary>How long a request waits for a refreshed key set before it is rejected with the keys it has.</summary>
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan RefreshPollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Lock _refreshLock = new();
    private Task<OpenIdConnectConfiguration>? _pendingRefresh;
    private DateTimeOffset _lastRefreshRequest = DateTimeOffset.MinValue;

    public static OpenIdSigningKeys FromMetadata(string metadataUrl, IDocumentRetriever retriever) =>
        new(new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever));

    /// <summary>The key with this id, or null when it is still unknown after one refresh.</summary>
    /// <exception cref="ChannelAuthenticationUnavailableException">No key set could be fetched (nor was one cached).</exception>
    public async Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await configurationManager.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            // ConfigurationManager reports an unreachable metadata document or JWKS (with nothing cached to fall back
            // on) as IDX20803 in an InvalidOperationException. Once a key set was fetched, it keeps serving that one.
            throw new ChannelAuthenticationUnavailableException($"The signing keys behind {configurationManager.MetadataAddress} could not be fetched.", e);
        }

        if (Find(configuration, keyId) is { } key)
        {
            return key;
        }

        if (StartRefresh(configuration) is not { } refresh)
        {
            return null;
        }

        return Find(await refresh.WaitAsync(cancellationToken), keyId);
    }

    /// <summary>
    /// The channel ids a Bot Connector key may sign for (the JWKS entry's extra <c>endorsements</c> array);
    /// null when the key has none, as Entra ID keys never do.
    /// </summary>
    public static IReadOnlySet<string>? Endorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue("endorsements", out var value) || value is not JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        return array.EnumerateArray()
            .Where(e => e.ValueKind == JsonValueKind.String)
            .Select(e => e.GetString()!)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>One refresh shared by every request that meets the new key id; null when one ran too recently.</summary>
    private Task<OpenIdConnectConfiguration>? StartRefresh(OpenIdConnectConfiguration stale)
    {
        lock (_refreshLock)
        {
            if (_pendingRefresh is { IsCompleted: false })
            {
                return _pendingRefresh;
            }

            var now = DateTimeOffset.UtcNow;
            if (now - _lastRefreshRequest < configurationManager.RefreshInterval)
            {
                return null;
            }

            _lastRefreshRequest = now;
            configurationManager.RequestRefresh();
            _pendingRefresh = WaitForRefreshAsync(stale);
            return _pendingRefresh;
        }
    }

    /// <summary>
    /// ConfigurationManager refreshes on a background task after RequestRefresh and offers nothing to await, so the
    /// new document is recognised by the manager handing out a different configuration instance.
    /// </summary>
    private async Task<OpenIdConnectConfiguration> WaitForRefreshAsync(OpenIdConnectConfiguration stale)
    {
        var deadline = DateTimeOffset.UtcNow + RefreshWait;
        var current = stale;
        while (ReferenceEquals(current, stale) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(RefreshPollInterval);
            current = await configurationManager.GetConfigurationAsync(CancellationToken.None);
        }

        return current;
    }

    private static JsonWebKey? Find(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
}
