using BotKit.Auth;
using BotKit.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotKit.Tests.Auth;

/// <summary>The settings an App Service configured for the Bot Framework SDK already has are the ones read here.</summary>
public sealed class AuthenticationConfigurationTests
{
    [Fact]
    public void The_sdk_setting_names_and_the_metadata_override_are_bound()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppId"] = ChannelTokens.AppId,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "3f2b9c1d-7a4e-4b8f-9d6c-1e5a2b7c8d90",
            ["BotFramework:OpenIdMetadataUrl"] = "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        });

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;
        Assert.Equal("https://login.botframework.azure.us/v1/.well-known/openidconfiguration", options.BotFramework.OpenIdMetadataUrl);
        Assert.True(options.AcceptsTenantIssuedTokens);
        Assert.False(services.GetRequiredService<IChannelAuthenticator>().IsAnonymous);
    }

    [Fact]
    public void Without_an_app_id_the_endpoint_is_anonymous_and_the_bot_connector_metadata_is_the_default()
    {
        using var services = Build([]);

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.BotFramework.OpenIdMetadataUrl);
        Assert.True(services.GetRequiredService<IChannelAuthenticator>().IsAnonymous);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBotKit(configuration).BuildServiceProvider();
    }
}
