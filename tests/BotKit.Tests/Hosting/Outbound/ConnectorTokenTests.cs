using System.Net;
using BotKit.Hosting;

namespace BotKit.Tests.Hosting.Outbound;

public sealed class ConnectorTokenTests
{
    [Fact]
    public async Task A_multi_tenant_bot_gets_its_token_from_the_bot_framework_tenant_and_sends_it_as_bearer()
    {
        using var harness = OutboundHarness.MultiTenant();

        await harness.Client().SendToConversationAsync(OutboundHarness.Message());

        var (url, form) = Assert.Single(harness.Login.Requests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", url.GetLeftPart(UriPartial.Path));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(OutboundHarness.AppId, form["client_id"]);
        Assert.Equal(OutboundHarness.Secret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal("Bearer " + FakeTokenEndpoint.TokenNumber(1), Assert.Single(harness.Channel.Attempts).Authorization);
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant_at_the_configured_login_host()
    {
        using var harness = new OutboundHarness(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = OutboundHarness.AppId,
            ["MicrosoftAppPassword"] = OutboundHarness.Secret,
            ["MicrosoftAppTenantId"] = "7f3a9c2e-1b4d-4e6f-8a0b-2c5d7e9f1a3b",
            ["BotFramework:LoginEndpoint"] = "https://login.microsoftonline.us/",
        });

        await harness.Client().SendToConversationAsync(OutboundHarness.Message());

        Assert.Equal(
            "https://login.microsoftonline.us/7f3a9c2e-1b4d-4e6f-8a0b-2c5d7e9f1a3b/oauth2/v2.0/token",
            Assert.Single(harness.Login.Requests).Url.GetLeftPart(UriPartial.Path));
    }

    [Fact]
    public async Task One_token_serves_several_calls()
    {
        using var harness = OutboundHarness.MultiTenant();
        var client = harness.Client();

        await client.SendToConversationAsync(OutboundHarness.Message("one"));
        await harness.Client().SendToConversationAsync(OutboundHarness.Message("two"));
        await client.UpdateActivityAsync(OutboundHarness.Update());
        await client.DeleteActivityAsync("a:1XyZ", "42");

        Assert.Single(harness.Login.Requests);
        Assert.All(harness.Channel.Attempts, a => Assert.Equal("Bearer " + FakeTokenEndpoint.TokenNumber(1), a.Authorization));
        Assert.Equal(4, harness.Channel.Attempts.Count);
    }

    [Fact]
    public async Task Concurrent_first_calls_share_one_token_request()
    {
        using var harness = OutboundHarness.MultiTenant();
        var client = harness.Client();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.SendToConversationAsync(OutboundHarness.Message($"m{i}"))));

        Assert.Single(harness.Login.Requests);
        Assert.Equal(8, harness.Channel.Delivered);
    }

    [Fact]
    public async Task A_token_close_to_expiry_is_replaced_before_the_next_call()
    {
        using var harness = OutboundHarness.MultiTenant();
        var client = harness.Client();
        await client.SendToConversationAsync(OutboundHarness.Message("before"));

        harness.Clock.Advance(TimeSpan.FromMinutes(50));
        await client.SendToConversationAsync(OutboundHarness.Message("still valid"));
        harness.Clock.Advance(TimeSpan.FromMinutes(6));
        await client.SendToConversationAsync(OutboundHarness.Message("four minutes left"));
        await client.SendToConversationAsync(OutboundHarness.Message("after"));

        Assert.Equal(2, harness.Login.Requests.Count);
        Assert.Equal(
            ["Bearer " + FakeTokenEndpoint.TokenNumber(1), "Bearer " + FakeTokenEndpoint.TokenNumber(1), "Bearer " + FakeTokenEndpoint.TokenNumber(2), "Bearer " + FakeTokenEndpoint.TokenNumber(2)],
            harness.Channel.Attempts.Select(a => a.Authorization));
    }

    [Fact]
    public async Task A_bot_without_an_app_id_calls_the_channel_without_a_token()
    {
        using var harness = new OutboundHarness([]);

        await harness.Client().SendToConversationAsync(OutboundHarness.Message());

        Assert.Empty(harness.Login.Requests);
        Assert.Null(Assert.Single(harness.Channel.Attempts).Authorization);
    }

    [Fact]
    public async Task A_refused_secret_fails_the_call_with_the_entra_error_and_never_reaches_the_channel()
    {
        using var harness = OutboundHarness.MultiTenant();
        harness.Login.RefuseWith = "AADSTS7000215";

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client().SendToConversationAsync(OutboundHarness.Message()));

        Assert.Equal(0, error.StatusCode);
        Assert.Contains("AADSTS7000215", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Channel.Attempts);
    }

    [Fact]
    public async Task A_user_assigned_managed_identity_asks_for_the_connector_resource_with_its_client_id()
    {
        using var harness = new OutboundHarness(new()
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = OutboundHarness.AppId,
            ["MicrosoftAppTenantId"] = "7f3a9c2e-1b4d-4e6f-8a0b-2c5d7e9f1a3b",
        });

        await harness.Client().SendToConversationAsync(OutboundHarness.Message());

        var (_, query) = harness.Login.Requests.Last();
        Assert.Equal(OutboundHarness.AppId, query["client_id"]);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal("Bearer " + FakeTokenEndpoint.TokenNumber(harness.Login.Requests.Count), Assert.Single(harness.Channel.Attempts).Authorization);
    }

    [Fact]
    public async Task A_single_tenant_bot_without_a_tenant_id_fails_its_calls_naming_the_missing_setting()
    {
        using var harness = new OutboundHarness(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = OutboundHarness.AppId,
            ["MicrosoftAppPassword"] = OutboundHarness.Secret,
        });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client().SendToConversationAsync(OutboundHarness.Message()));

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Login.Requests);
        Assert.Empty(harness.Channel.Attempts);
    }
}
