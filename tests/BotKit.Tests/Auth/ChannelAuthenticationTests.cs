using Microsoft.IdentityModel.Tokens;

namespace BotKit.Tests.Auth;

/// <summary>
/// The production path of POST /api/messages with MicrosoftAppId configured: only a token the Bot Connector
/// signed for this bot, this serviceUrl and this channel runs a turn; everything else is a 401 and no turn.
/// </summary>
public sealed class ChannelAuthenticationTests
{
    private readonly AuthenticatedEndpoint endpoint = new();
    private readonly SigningKey teamsKey = new("bc-key-1", "msteams", "webchat");
    private readonly ChannelTokens valid = new();

    public ChannelAuthenticationTests() => endpoint.Provider.PublishBotConnectorKey(teamsKey);

    [Fact]
    public async Task A_valid_bot_connector_token_runs_the_turn()
    {
        var status = await endpoint.PostAsync(valid.Sign(teamsKey.Credentials()));

        Assert.Equal(200, status);
        Assert.Equal(1, endpoint.TurnsRun);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task The_larger_rsa_algorithms_are_accepted_too(string algorithm)
    {
        Assert.Equal(200, await endpoint.PostAsync(valid.Sign(teamsKey.Credentials(algorithm))));
    }

    [Fact]
    public async Task A_token_within_the_five_minute_clock_skew_is_accepted()
    {
        var token = valid with { NotBefore = DateTime.UtcNow.AddHours(-1), Expires = DateTime.UtcNow.AddMinutes(-3) };

        Assert.Equal(200, await endpoint.PostAsync(token.Sign(teamsKey.Credentials())));
    }

    [Fact]
    public async Task No_authorization_header_is_rejected()
    {
        await AssertRejectedAsync(endpoint.PostWithHeaderAsync(null));
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("Basic")]
    [InlineData("Bearer  ")]
    public async Task A_header_that_is_not_exactly_Bearer_and_a_token_is_rejected(string scheme)
    {
        await AssertRejectedAsync(endpoint.PostWithHeaderAsync($"{scheme} {valid.Sign(teamsKey.Credentials())}"));
    }

    [Fact]
    public async Task An_expired_token_is_rejected()
    {
        var token = valid with { NotBefore = DateTime.UtcNow.AddHours(-2), Expires = DateTime.UtcNow.AddMinutes(-10) };

        await AssertRejectedAsync(endpoint.PostAsync(token.Sign(teamsKey.Credentials())));
    }

    [Fact]
    public async Task A_token_that_is_not_valid_yet_is_rejected()
    {
        var token = valid with { NotBefore = DateTime.UtcNow.AddMinutes(10), Expires = DateTime.UtcNow.AddHours(1) };

        await AssertRejectedAsync(endpoint.PostAsync(token.Sign(teamsKey.Credentials())));
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example")]
    [InlineData("https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/")]
    public async Task A_token_from_another_issuer_is_rejected(string issuer)
    {
        await AssertRejectedAsync(endpoint.PostAsync((valid with { Issuer = issuer }).Sign(teamsKey.Credentials())));
    }

    [Fact]
    public async Task A_token_for_another_bot_is_rejected()
    {
        var token = valid with { Audience = "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9" };

        await AssertRejectedAsync(endpoint.PostAsync(token.Sign(teamsKey.Credentials())));
    }

    [Fact]
    public async Task A_token_signed_by_a_forged_key_with_a_published_kid_is_rejected()
    {
        await AssertRejectedAsync(endpoint.PostAsync(valid.Sign(teamsKey.Impostor().Credentials())));
    }

    [Fact]
    public async Task An_unsigned_alg_none_token_is_rejected()
    {
        await AssertRejectedAsync(endpoint.PostAsync(valid.Unsigned(teamsKey.Kid)));
    }

    [Fact]
    public async Task An_hs256_token_keyed_with_the_published_public_key_is_rejected()
    {
        var hmac = new SigningCredentials(new SymmetricSecurityKey(teamsKey.PublicKeyBytes) { KeyId = teamsKey.Kid }, SecurityAlgorithms.HmacSha256);

        await AssertRejectedAsync(endpoint.PostAsync(valid.Sign(hmac)));
    }

    [Fact]
    public async Task A_token_issued_for_another_service_url_is_rejected()
    {
        var token = valid with { ServiceUrlClaim = "https://attacker.example/" };

        await AssertRejectedAsync(endpoint.PostAsync(token.Sign(teamsKey.Credentials())));
    }

    [Fact]
    public async Task A_bot_connector_token_without_a_service_url_claim_is_rejected()
    {
        var token = valid with { ServiceUrlClaim = null };

        await AssertRejectedAsync(endpoint.PostAsync(token.Sign(teamsKey.Credentials())));
    }

    [Fact]
    public async Task The_service_url_claim_is_compared_without_regard_to_case()
    {
        var token = valid with { ServiceUrlClaim = "HTTPS://Channel.Example/" };

        Assert.Equal(200, await endpoint.PostAsync(token.Sign(teamsKey.Credentials())));
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activitys_channel_is_rejected()
    {
        await AssertRejectedAsync(endpoint.PostAsync(valid.Sign(teamsKey.Credentials()), channelId: "directline"));
    }

    [Fact]
    public async Task An_empty_channel_id_does_not_skip_the_endorsement_check()
    {
        await AssertRejectedAsync(endpoint.PostAsync(valid.Sign(teamsKey.Credentials()), channelId: string.Empty));
    }

    [Fact]
    public async Task Only_a_service_url_a_valid_bot_connector_token_named_becomes_one_the_bots_token_may_go_to()
    {
        var trusted = new BotKit.Auth.TrustedServiceUrls();
        var remembering = new AuthenticatedEndpoint(trustedServiceUrls: trusted);
        remembering.Provider.PublishBotConnectorKey(teamsKey);
        var forged = valid with { ServiceUrlClaim = "https://other-channel.example/" };

        Assert.Equal(401, await remembering.PostAsync(forged.Sign(teamsKey.Impostor().Credentials()), serviceUrl: "https://other-channel.example/"));
        Assert.Equal(200, await remembering.PostAsync(valid.Sign(teamsKey.Credentials())));

        Assert.True(trusted.MayReceiveToken(new Uri(ChannelTokens.ServiceUrl)));
        Assert.False(trusted.MayReceiveToken(new Uri("https://other-channel.example/")));
    }

    [Fact]
    public async Task A_bot_connector_key_without_endorsements_is_rejected()
    {
        var unendorsed = new SigningKey("bc-key-unendorsed");
        endpoint.Provider.PublishBotConnectorKey(unendorsed);

        await AssertRejectedAsync(endpoint.PostAsync(valid.Sign(unendorsed.Credentials())));
    }

    private async Task AssertRejectedAsync(Task<int> post)
    {
        Assert.Equal(401, await post);
        Assert.Equal(0, endpoint.TurnsRun);
    }
}
