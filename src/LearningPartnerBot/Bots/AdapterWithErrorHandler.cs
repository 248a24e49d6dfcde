using BotKit.Hosting;

namespace LearningPartnerBot.Bots;

/// <summary>
/// The HTTP adapter with this bot's pipeline, as CoreBot's AdapterWithErrorHandler. Channels that post here (Teams)
/// redeliver activities they think went unanswered and cap the message size, hence the two extra middleware.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public AdapterWithErrorHandler(
        BotKit.Auth.IChannelAuthenticator authenticator,
        IConnectorClientFactory connectorClientFactory,
        Microsoft.Extensions.Options.IOptions<BotKitOptions> options,
        ILogger<CloudAdapter> logger,
        BotPipeline pipeline,
        ActivityDeduplicationMiddleware deduplication,
        Channels.Teams.CardSizeGuard cardSizeGuard)
        : base(authenticator, connectorClientFactory, options, logger)
    {
        ArgumentNullException.ThrowIfNull(pipeline);

        // First, so a redelivered activity is dropped before any state is loaded.
        Use(deduplication);

        // Before the pipeline, so the bot and the recent turns kept for staff see the message without the bot's @mention.
        Use(new Channels.Teams.TeamsMentionMiddleware());
        pipeline.Apply(this);
        Use(cardSizeGuard);
    }
}
