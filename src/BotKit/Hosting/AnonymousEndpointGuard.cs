using BotKit.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotKit.Hosting;

/// <summary>
/// A messaging endpoint without a MicrosoftAppId authenticates nobody: it runs a turn for any caller, who also picks
/// the sender and, with expectReplies, reads every answer. That is how local development works; anywhere else it is a
/// forgotten setting, so the host refuses to start unless <see cref="BotKitOptions.AllowAnonymous"/> says it is meant.
/// </summary>
public static class AnonymousEndpointGuard
{
    /// <exception cref="InvalidOperationException">Anonymous outside Development without BotKit:AllowAnonymous=true.</exception>
    public static void Check(IServiceProvider services, string endpoint)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.GetRequiredService<IChannelAuthenticator>().IsAnonymous)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("BotKit");

        // No environment at all is treated as production: the check fails closed.
        var environment = services.GetService<IHostEnvironment>();
        if (environment?.IsDevelopment() == true)
        {
            logger.LogWarning("No MicrosoftAppId is configured: {Endpoint} accepts unauthenticated requests. Configure MicrosoftAppId before exposing the bot.", endpoint);
            return;
        }

        var name = environment?.EnvironmentName ?? "(none)";
        if (!services.GetRequiredService<IOptions<BotKitOptions>>().Value.AllowAnonymous)
        {
            throw new InvalidOperationException(
                $"No MicrosoftAppId is configured in the {name} environment, so {endpoint} would accept unauthenticated requests. "
                + "Set MicrosoftAppId (and its credentials), or set BotKit:AllowAnonymous=true if an anonymous bot is intended.");
        }

        logger.LogCritical(
            "BotKit:AllowAnonymous is set and no MicrosoftAppId is configured: in the {Environment} environment {Endpoint} accepts unauthenticated requests from anyone, who can choose the sender and read the replies.",
            name,
            endpoint);
    }
}
