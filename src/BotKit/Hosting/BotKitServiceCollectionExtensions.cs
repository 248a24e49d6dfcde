using BotKit.Auth;
using BotKit.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotKit.Hosting;

public static class BotKitServiceCollectionExtensions
{
    /// <summary>
    /// The protocol layer: authentication from MicrosoftApp* settings, the connector client, the HTTP adapter,
    /// and conversation/user state over whatever <see cref="IStorage"/> the application registers.
    /// </summary>
    public static IServiceCollection AddBotKit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BotFrameworkAuthenticationOptions>(configuration);
        services.Configure<BotKitOptions>(configuration.GetSection(BotKitOptions.SectionName));
        services.AddHttpClient(ConnectorClientFactory.HttpClientName);
        services.AddHttpClient(MsalConnectorCredentials.HttpClientName);
        services.AddHttpClient(ConfigurationChannelAuthenticator.MetadataHttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectorCredentials>(sp =>
            sp.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value.IsAuthenticationDisabled
                ? new AnonymousConnectorCredentials()
                : ActivatorUtilities.CreateInstance<MsalConnectorCredentials>(sp));
        services.TryAddSingleton(sp => new ConnectorRetryPolicy(
            sp.GetRequiredService<IOptions<BotKitOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ConnectorRetryPolicy>>()));
        services.TryAddSingleton(sp => new TrustedServiceUrls(
            sp.GetRequiredService<IOptions<BotKitOptions>>(),
            allowLoopback: sp.GetService<IHostEnvironment>()?.IsDevelopment() == true));
        services.TryAddSingleton<IConnectorClientFactory>(sp => new ConnectorClientFactory(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IConnectorCredentials>(),
            sp.GetRequiredService<ConnectorRetryPolicy>(),
            sp.GetRequiredService<TrustedServiceUrls>()));
        services.TryAddSingleton<IChannelAuthenticator, ConfigurationChannelAuthenticator>();
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.TryAddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<CloudAdapter>());
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        return services;
    }
}
