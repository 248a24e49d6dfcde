using BotKit.Auth;

namespace BotKit.Tests.Auth;

/// <summary>
/// Tokens Entra ID signs: the Emulator's (signed with the bot's own credentials) and, for single-tenant bots, the
/// bot's own tenant's. Their keys carry no endorsements, so only the Bot Connector's tokens need them.
/// </summary>
public sealed class EntraIssuedTokenTests
{
    private const string TenantId = "3f2b9c1d-7a4e-4b8f-9d6c-1e5a2b7c8d90";
    private const string EmulatorIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private readonly SigningKey entraKey = new("entra-key-1");

    [Fact]
    public async Task An_emulator_token_issued_to_this_bot_runs_the_turn()
    {
        var endpoint = Endpoint();

        var status = await endpoint.PostAsync(EmulatorToken(azp: ChannelTokens.AppId).Sign(entraKey.Credentials()), channelId: "emulator");

        Assert.Equal(200, status);
        Assert.Equal(1, endpoint.TurnsRun);
    }

    [Fact]
    public async Task An_emulator_token_issued_to_another_app_is_rejected()
    {
        var endpoint = Endpoint();

        var status = await endpoint.PostAsync(EmulatorToken(azp: "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9").Sign(entraKey.Credentials()), channelId: "emulator");

        Assert.Equal(401, status);
        Assert.Equal(0, endpoint.TurnsRun);
    }

    [Fact]
    public async Task A_single_tenant_bot_accepts_a_token_from_its_own_tenant()
    {
        var endpoint = Endpoint(new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = ChannelTokens.AppId,
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppTenantId = TenantId,
        });

        var status = await endpoint.PostAsync(TenantToken().Sign(entraKey.Credentials()));

        Assert.Equal(200, status);
        Assert.Equal(1, endpoint.TurnsRun);
    }

    [Fact]
    public async Task A_multi_tenant_bot_rejects_a_token_from_the_configured_tenant()
    {
        var endpoint = Endpoint(new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = ChannelTokens.AppId,
            MicrosoftAppType = "MultiTenant",
            MicrosoftAppTenantId = TenantId,
        });

        var status = await endpoint.PostAsync(TenantToken().Sign(entraKey.Credentials()));

        Assert.Equal(401, status);
        Assert.Equal(0, endpoint.TurnsRun);
    }

    private AuthenticatedEndpoint Endpoint(BotFrameworkAuthenticationOptions? options = null)
    {
        var endpoint = new AuthenticatedEndpoint(options);
        endpoint.Provider.PublishEntraKey(entraKey);
        return endpoint;
    }

    private static ChannelTokens EmulatorToken(string azp) => new()
    {
        Issuer = EmulatorIssuer,
        ServiceUrlClaim = null,
        ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = azp },
    };

    private static ChannelTokens TenantToken() => new() { Issuer = $"https://sts.windows.net/{TenantId}/" };
}
