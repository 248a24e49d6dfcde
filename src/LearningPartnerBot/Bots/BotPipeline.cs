using BotKit.Hosting;
using BotKit.State;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Bots;

/// <summary>
/// The middleware and error handling every adapter of this bot runs with (HTTP and console alike),
/// so the console chat behaves exactly like a real channel.
/// </summary>
public sealed class BotPipeline(TurnErrorHandler errorHandler, ConversationState conversationState, UserState userState, RecentTurns recentTurns, TurnMetricsMiddleware? turnMetrics = null)
{
    public void Apply(BotAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.OnTurnError = errorHandler.HandleAsync;

        // Outermost, so a turn's time includes loading and saving its state.
        if (turnMetrics is not null)
        {
            adapter.Use(turnMetrics);
        }

        adapter.Use(new AutoSaveStateMiddleware(conversationState, userState));

        // Writes on its own schedule (RecentTurnsFlusher), not with the turn's state, so a FAQ turn writes nothing.
        adapter.Use(recentTurns);
    }
}

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
