using System.Security.Claims;
using BotKit.Auth;

namespace BotKit.Testing;

/// <summary>Identities a <see cref="TestAdapter"/> can present, as if a channel had proved them.</summary>
public static class TestChannelIdentities
{
    /// <summary>What a validated Bot Connector token yields: its issuer is the claim the bot checks.</summary>
    public static ClaimsIdentity BotConnector() => new([new Claim("iss", ChannelTokenIssuers.BotConnector)], "AuthenticationTypes.Federation");
}
