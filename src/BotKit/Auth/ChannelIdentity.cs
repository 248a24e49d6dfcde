using System.Security.Claims;
using BotKit.Hosting;

namespace BotKit.Auth;

/// <summary>
/// What the channel proved about a turn. The adapter keeps the caller's validated identity in the turn state; an
/// activity's own fields (its sender's ids, its serviceUrl) are only as good as the identity that delivered them.
/// </summary>
public static class ChannelIdentity
{
    /// <summary>Authentication type of an identity an in-process channel (one this app plays itself) vouches for.</summary>
    public const string InProcessAuthenticationType = "in-process channel";

    /// <summary>The identity the adapter validated for this turn; null when the adapter recorded none.</summary>
    public static ClaimsIdentity? Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<ClaimsIdentity>(CloudAdapter.BotIdentityKey);
    }

    /// <summary>True for a token the Bot Connector signed: only such a token vouches for the activity's sender.</summary>
    public static bool IsBotConnector(ClaimsIdentity? identity) =>
        identity?.FindFirst("iss")?.Value == ChannelTokenIssuers.BotConnector;

    /// <summary>True for the identity of a request that carried no token because the bot runs without an app id.</summary>
    public static bool IsAnonymous(ClaimsIdentity? identity) =>
        identity?.AuthenticationType == ConfigurationChannelAuthenticator.AnonymousAuthenticationType;

    /// <summary>True when a channel hosted in this process addressed the activity itself.</summary>
    public static bool IsInProcess(ClaimsIdentity? identity) =>
        identity?.AuthenticationType == InProcessAuthenticationType;

    /// <summary>The identity in-process channels put on their turns.</summary>
    public static ClaimsIdentity InProcess() => new(InProcessAuthenticationType);
}
