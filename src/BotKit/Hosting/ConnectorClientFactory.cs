using BotKit.Auth;

namespace BotKit.Hosting;

public sealed class ConnectorClientFactory(
    IHttpClientFactory httpClientFactory, IConnectorCredentials credentials, ConnectorRetryPolicy retryPolicy, TrustedServiceUrls trustedServiceUrls) : IConnectorClientFactory
{
    public const string HttpClientName = "BotKit.Connector";

    public ConnectorClientFactory(IHttpClientFactory httpClientFactory, IConnectorCredentials credentials, ConnectorRetryPolicy retryPolicy)
        : this(httpClientFactory, credentials, retryPolicy, new TrustedServiceUrls())
    {
    }

    public ConnectorClientFactory(IHttpClientFactory httpClientFactory, IConnectorCredentials credentials)
        : this(httpClientFactory, credentials, ConnectorRetryPolicy.None)
    {
    }

    public IConnectorClient Create(string serviceUrl) =>
        new ConnectorClient(httpClientFactory.CreateClient(HttpClientName), new Uri(serviceUrl.TrimEnd('/') + "/"), credentials, retryPolicy, trustedServiceUrls);
}
