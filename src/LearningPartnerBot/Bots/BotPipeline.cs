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
