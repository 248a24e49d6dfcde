using BotKit.Auth;
using BotKit.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotKit.Tests.Auth;

/// <summary>The adapter logs why a request was rejected; that reason must never carry the token itself.</summary>
public sealed class RejectionMessageTests
{
    [Fact]
    public async Task Rejection_reasons_name_the_failed_rule_without_any_part_of_the_token()
    {
        var provider = new FakeOpenIdProvider();
        var key = new SigningKey("bc-key-1", "msteams");
        provider.PublishBotConnectorKey(key);
        var options = new BotFrameworkAuthenticationOptions { MicrosoftAppId = ChannelTokens.AppId };
        options.BotFramework.OpenIdMetadataUrl = FakeOpenIdProvider.BotConnectorMetadataUrl;
        var authenticator = new ConfigurationChannelAuthenticator(Options.Create(options), NullLogger<ConfigurationChannelAuthenticator>.Instance, provider);
        var activity = new Activity { Type = ActivityTypes.Message, ChannelId = "msteams", ServiceUrl = ChannelTokens.ServiceUrl };
        string[] tokens =
        [
            new ChannelTokens { Audience = "another-bot" }.Sign(key.Credentials()),
            new ChannelTokens { ServiceUrlClaim = "https://attacker.example/" }.Sign(key.Credentials()),
            new ChannelTokens().Sign(key.Impostor().Credentials()),
            "not-a-jwt",
        ];

        foreach (var token in tokens)
        {
            var rejection = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => authenticator.AuthenticateAsync(activity, $"Bearer {token}"));
            Assert.All(token.Split('.'), part => Assert.DoesNotContain(part, rejection.Message, StringComparison.Ordinal));
            Assert.DoesNotContain("attacker.example", rejection.Message, StringComparison.Ordinal);
        }
    }
}
