using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotKit.Auth;

/// <summary>
/// The signing keys published behind one OpenID metadata document, cached by <see cref="ConfigurationManager{T}"/>
/// (refreshed every 12 hours) and refreshed early when a token names a key id we have not seen: that is how a key
/// rotation shows up. The manager rate-limits those early refreshes, so tokens with made-up key ids cannot make the
/// bot hammer the metadata endpoint.
/// </summary>
internal sealed class OpenIdSigningKeys(IConfigurationManager<OpenIdConnectConfiguration> configurationManager)
{
    public static OpenIdSigningKeys FromMetadata(string metadataUrl, IDocumentRetriever retriever) =>
        new(new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever));

    /// <summary>The key with this id, or null when it is still unknown after one refresh.</summary>
    public async Task<JsonWebKey?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        var configuration = await configurationManager.GetConfigurationAsync(cancellationToken);
        if (Find(configuration, keyId) is { } key)
        {
            return key;
        }

        configurationManager.RequestRefresh();
        configuration = await configurationManager.GetConfigurationAsync(cancellationToken);
        return Find(configuration, keyId);
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

    private static JsonWebKey? Find(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
}
