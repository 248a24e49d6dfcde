using System.Security.Claims;
using BotKit.Schema;

namespace BotKit.Auth;

/// <summary>
/// Decides whether an inbound request really comes from a channel the bot trusts.
/// Throws <see cref="UnauthorizedAccessException"/> to reject; the adapter answers 401 and runs no turn.
/// </summary>
public interface IChannelAuthenticator
{
    /// <summary>True when no app id is configured and every request is accepted without a token (local development).</summary>
    bool IsAnonymous { get; }

    Task<ClaimsIdentity> AuthenticateAsync(Activity activity, string? authorizationHeader, CancellationToken cancellationToken = default);
}
