using BotKit.Auth;

namespace BotKit.Tests.Auth;

/// <summary>
/// Tokens Entra ID signs: the Emulator's (signed with the bot's own credentials) and, for single-tenant and
/// managed-identity bots, the bot's own tenant's. Entra ID gives a token for the bot's app id to any app that asks,
/// so such a token counts only when the bot's own app id requested it (appid in v1, azp in v2). Their keys carry no
/// endorsements, so only the Bot Connector's tokens need them.
/// </summary>
public sealed class EntraIssuedTokenTests
{
    private const string TenantId = "3f2b9c1d-7a4e-4b8f-9d6c-1e5a2b7c8d90";
    private const string OtherTenantId = "7d1e4c2b-9a8f-4e3d-b6c5-0a1b2c3d4e5f";
    private const string ForeignAppId = "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9";
    private const string EmulatorIssuer = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private readonly SigningKey entraKey = new("entra-key-1");

    public static TheoryData<string> TenantBoundAppTypes => ["SingleTenant", "UserAssignedMSI"];

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

        var status = await endpoint.PostAsync(EmulatorToken(azp: ForeignAppId).Sign(entraKey.Credentials()), channelId: "emulator");

        Assert.Equal(401, status);
        Assert.Equal(0, endpoint.TurnsRun);
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_tenant_bound_bot_accepts_a_v1_token_from_its_own_tenant_requested_by_its_own_app(string appType)
    {
        var endpoint = Endpoint(TenantBound(appType));

        var status = await endpoint.PostAsync(TenantTokenV1(appid: ChannelTokens.AppId).Sign(entraKey.Credentials()));

        Assert.Equal(200, status);
        Assert.Equal(1, endpoint.TurnsRun);
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_tenant_bound_bot_accepts_a_v2_token_from_its_own_tenant_requested_by_its_own_app(string appType)
    {
        var endpoint = Endpoint(TenantBound(appType));

        var status = await endpoint.PostAsync(TenantTokenV2(azp: ChannelTokens.AppId).Sign(entraKey.Credentials()));

        Assert.Equal(200, status);
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_v2_tenant_token_requested_by_another_app_in_the_tenant_is_rejected(string appType)
    {
        var endpoint = Endpoint(TenantBound(appType));

        var status = await endpoint.PostAsync(TenantTokenV2(azp: ForeignAppId).Sign(entraKey.Credentials()));

        Assert.Equal(401, status);
        Assert.Equal(0, endpoint.TurnsRun);
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_v1_tenant_token_requested_by_another_app_in_the_tenant_is_rejected(string appType)
    {
        var endpoint = Endpoint(TenantBound(appType));

        var status = await endpoint.PostAsync(TenantTokenV1(appid: ForeignAppId).Sign(entraKey.Credentials()));

        Assert.Equal(401, status);
        Assert.Equal(0, endpoint.TurnsRun);
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_tenant_token_naming_the_bot_in_the_claim_of_the_other_version_is_rejected(string appType)
    {
        var endpoint = Endpoint(TenantBound(appType));

        // A v2 token names its requester in azp; an appid claim in it is not Entra's word for who asked.
        var mixed = new ChannelTokens
        {
            Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0",
            ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["appid"] = ChannelTokens.AppId, ["azp"] = ForeignAppId },
        };

        Assert.Equal(401, await endpoint.PostAsync(mixed.Sign(entraKey.Credentials())));
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_tenant_token_without_a_version_is_rejected_even_when_it_names_the_bot(string appType)
    {
        var endpoint = Endpoint(TenantBound(appType));
        var token = new ChannelTokens
        {
            Issuer = $"https://sts.windows.net/{TenantId}/",
            ExtraClaims = new Dictionary<string, object> { ["appid"] = ChannelTokens.AppId, ["azp"] = ChannelTokens.AppId },
        };

        Assert.Equal(401, await endpoint.PostAsync(token.Sign(entraKey.Credentials())));
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_token_from_another_tenant_is_rejected_even_when_requested_by_the_bots_app_id(string appType)
    {
        var endpoint = Endpoint(TenantBound(appType));
        var token = TenantTokenV1(appid: ChannelTokens.AppId) with { Issuer = $"https://sts.windows.net/{OtherTenantId}/" };

        Assert.Equal(401, await endpoint.PostAsync(token.Sign(entraKey.Credentials())));
        Assert.Equal(0, endpoint.TurnsRun);
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

        var status = await endpoint.PostAsync(TenantTokenV1(appid: ChannelTokens.AppId).Sign(entraKey.Credentials()));

        Assert.Equal(401, status);
        Assert.Equal(0, endpoint.TurnsRun);
    }

    [Theory]
    [MemberData(nameof(TenantBoundAppTypes))]
    public async Task A_tenant_token_does_not_make_its_service_url_one_the_bots_token_may_go_to(string appType)
    {
        var trusted = new TrustedServiceUrls();
        var endpoint = new AuthenticatedEndpoint(TenantBound(appType), trustedServiceUrls: trusted);
        endpoint.Provider.PublishEntraKey(entraKey);
        var token = TenantTokenV2(azp: ChannelTokens.AppId) with { ServiceUrlClaim = "https://attacker.example/" };

        var status = await endpoint.PostAsync(token.Sign(entraKey.Credentials()), serviceUrl: "https://attacker.example/");

        Assert.Equal(200, status);
        Assert.False(trusted.MayReceiveToken(new Uri("https://attacker.example/")));
    }

    private AuthenticatedEndpoint Endpoint(BotFrameworkAuthenticationOptions? options = null)
    {
        var endpoint = new AuthenticatedEndpoint(options);
        endpoint.Provider.PublishEntraKey(entraKey);
        return endpoint;
    }

    private static BotFrameworkAuthenticationOptions TenantBound(string appType) => new()
    {
        MicrosoftAppId = ChannelTokens.AppId,
        MicrosoftAppType = appType,
        MicrosoftAppTenantId = TenantId,
    };

    private static ChannelTokens EmulatorToken(string azp) => new()
    {
        Issuer = EmulatorIssuer,
        ServiceUrlClaim = null,
        ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = azp },
    };

    private static ChannelTokens TenantTokenV1(string appid) => new()
    {
        Issuer = $"https://sts.windows.net/{TenantId}/",
        ServiceUrlClaim = null,
        ExtraClaims = new Dictionary<string, object> { ["ver"] = "1.0", ["appid"] = appid },
    };

    private static ChannelTokens TenantTokenV2(string azp) => new()
    {
        Issuer = $"https://login.microsoftonline.com/{TenantId}/v2.0",
        ServiceUrlClaim = null,
        ExtraClaims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = azp },
    };
}
