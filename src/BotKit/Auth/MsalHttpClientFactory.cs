using Microsoft.Identity.Client;

namespace BotKit.Auth;

/// <summary>
/// Sends MSAL's token requests through a named <see cref="IHttpClientFactory"/> client, so handler lifetimes are
/// managed as for every other client and a test can answer the token endpoint without a network.
/// </summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory, string clientName) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(clientName);
}
