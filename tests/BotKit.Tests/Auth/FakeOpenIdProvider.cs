using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace BotKit.Tests.Auth;

/// <summary>
/// Serves OpenID metadata and a JWKS document per issuer over HTTPS URLs that never leave the process, so the real
/// ConfigurationManager fetches, parses and caches them exactly as it would the Bot Connector's.
/// </summary>
internal sealed class FakeOpenIdProvider : HttpMessageHandler, IHttpClientFactory
{
    public const string BotConnectorMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";

    public const string EntraMetadataUrl = "https://login.entra.test/common/v2.0/.well-known/openid-configuration";

    private readonly ConcurrentDictionary<string, List<SigningKey>> keysByJwksUrl = new()
    {
        [JwksUrl(BotConnectorMetadataUrl)] = [],
        [JwksUrl(EntraMetadataUrl)] = [],
    };

    public int KeySetFetches { get; private set; }

    /// <summary>While set, the metadata documents can't be reached at all (as when DNS or the network fails).</summary>
    public bool MetadataUnreachable { get; set; }

    /// <summary>While set, the key sets (JWKS) answer 503.</summary>
    public bool KeySetsFailing { get; set; }

    public void PublishBotConnectorKey(SigningKey key) => Publish(JwksUrl(BotConnectorMetadataUrl), key);

    public void PublishEntraKey(SigningKey key) => Publish(JwksUrl(EntraMetadataUrl), key);

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        string? body = null;
        if (url is BotConnectorMetadataUrl or EntraMetadataUrl && MetadataUnreachable)
        {
            throw new HttpRequestException("Name or service not known (login.botframework.test:443)");
        }

        if (KeySetsFailing && keysByJwksUrl.ContainsKey(url))
        {
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }

        if (url is BotConnectorMetadataUrl or EntraMetadataUrl)
        {
            body = new JsonObject { ["issuer"] = "https://issuer.test", ["jwks_uri"] = JwksUrl(url) }.ToJsonString();
        }
        else if (keysByJwksUrl.TryGetValue(url, out var keys))
        {
            KeySetFetches++;
            lock (keys)
            {
                body = new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => k.ToJwk())]) }.ToJsonString();
            }
        }

        return Task.FromResult(body is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }

    private void Publish(string jwksUrl, SigningKey key)
    {
        var keys = keysByJwksUrl[jwksUrl];
        lock (keys)
        {
            keys.Add(key);
        }
    }

    private static string JwksUrl(string metadataUrl) => metadataUrl.Replace("/.well-known/", "/keys/", StringComparison.Ordinal);
}
