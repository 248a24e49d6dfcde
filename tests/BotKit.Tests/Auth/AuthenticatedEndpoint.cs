using System.Text;
using BotKit.Auth;
using BotKit.Hosting;
using BotKit.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotKit.Tests.Auth;

/// <summary>
/// The messaging endpoint of a bot configured with an app id: a CloudAdapter whose authenticator fetches its
/// metadata from a <see cref="FakeOpenIdProvider"/>, and a bot that counts the turns it runs.
/// </summary>
internal sealed class AuthenticatedEndpoint
{
    private readonly CloudAdapter adapter;

    public AuthenticatedEndpoint(BotFrameworkAuthenticationOptions? options = null, ILogger<CloudAdapter>? logger = null, TrustedServiceUrls? trustedServiceUrls = null)
    {
        options ??= new BotFrameworkAuthenticationOptions { MicrosoftAppId = ChannelTokens.AppId };
        options.BotFramework.OpenIdMetadataUrl = FakeOpenIdProvider.BotConnectorMetadataUrl;
        options.BotFramework.EntraOpenIdMetadataUrl = FakeOpenIdProvider.EntraMetadataUrl;
        var authenticator = new ConfigurationChannelAuthenticator(Options.Create(options), NullLogger<ConfigurationChannelAuthenticator>.Instance, Provider, trustedServiceUrls);
        adapter = new CloudAdapter(authenticator, new FakeConnector(), Options.Create(new BotKitOptions()), logger ?? NullLogger<CloudAdapter>.Instance);
    }

    public FakeOpenIdProvider Provider { get; } = new();

    public int TurnsRun { get; private set; }

    /// <summary>The response to the latest post, headers and body included.</summary>
    public HttpResponse? LastResponse { get; private set; }

    /// <summary>Posts a message from <paramref name="channelId"/> and returns the HTTP status.</summary>
    public Task<int> PostAsync(string? bearerToken, string channelId = "msteams", string serviceUrl = ChannelTokens.ServiceUrl) =>
        PostWithHeaderAsync(bearerToken is null ? null : $"Bearer {bearerToken}", channelId, serviceUrl);

    public async Task<int> PostWithHeaderAsync(string? authorization, string channelId = "msteams", string serviceUrl = ChannelTokens.ServiceUrl)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(HttpTurn.Message("hello", channelId: channelId, serviceUrl: serviceUrl)));
        if (authorization is not null)
        {
            context.Request.Headers.Authorization = authorization;
        }

        context.Response.Body = new MemoryStream();
        await adapter.ProcessAsync(context.Request, context.Response, new CountingBot(() => TurnsRun++));
        LastResponse = context.Response;
        return context.Response.StatusCode;
    }

    private sealed class CountingBot(Action onTurn) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            onTurn();
            return Task.CompletedTask;
        }
    }
}
