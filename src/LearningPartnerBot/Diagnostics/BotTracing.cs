using System.Diagnostics;
using System.Globalization;
using BotKit.Hosting;

namespace LearningPartnerBot.Diagnostics;

/// <summary>
/// A trace span per turn on the <see cref="SourceName"/> activity source, tagged with what the bot decided: the
/// recognized intent and, for a question, the FAQ decision. Only values from fixed lists and our own topic ids are
/// tags; nothing a partner typed or is called ever is, because traces leave the bot for whatever collector is set.
/// </summary>
public static class BotTracing
{
    public const string SourceName = BotMetrics.MeterName;
    public const string TurnActivityName = "bot.turn";

    public const string ChannelTag = "lpb.channel";
    public const string ActivityTypeTag = "lpb.activity.type";
    public const string IntentTag = "lpb.intent";
    public const string MessageSourceTag = "lpb.message.source";
    public const string FaqDecisionTag = "lpb.faq.decision";
    public const string FaqTopicTag = "lpb.faq.topic";
    public const string FaqScoreTag = "lpb.faq.score";
    public const string FaqLanguageTag = "lpb.faq.language";

    private const string TurnStateKey = "LearningPartnerBot.TurnTrace";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the turn's span, or returns null when no listener (exporter or test) samples it.</summary>
    internal static Activity? StartTurn(ITurnContext turnContext)
    {
        var activity = Source.StartActivity(TurnActivityName, ActivityKind.Internal);
        if (activity is not null)
        {
            activity.SetTag(ChannelTag, BotMetrics.BoundedChannel(turnContext.Activity.ChannelId));
            activity.SetTag(ActivityTypeTag, BotMetrics.BoundedActivityType(turnContext.Activity.Type));
            turnContext.TurnState.Set(TurnStateKey, activity);
        }

        return activity;
    }

    /// <summary>The recognized intent and where the message came from (typed, a button…), both from fixed lists.</summary>
    public static void Understood<TIntent, TSource>(ITurnContext turnContext, TIntent intent, TSource source)
        where TIntent : struct, Enum
        where TSource : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<Activity>(TurnStateKey) is { } turn)
        {
            turn.SetTag(IntentTag, intent.ToString());
            turn.SetTag(MessageSourceTag, source.ToString());
        }
    }

    /// <param name="decision">"answered", "out-of-scope" or "not-sure".</param>
    /// <param name="topicId">The answered topic's id, from the knowledge base; null when none was answered.</param>
    public static void FaqDecided(ITurnContext turnContext, string decision, string? topicId, double score, string language)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<Activity>(TurnStateKey) is { } turn)
        {
            turn.SetTag(FaqDecisionTag, decision);
            turn.SetTag(FaqTopicTag, topicId);
            turn.SetTag(FaqScoreTag, Math.Round(score, 3).ToString(CultureInfo.InvariantCulture));
            turn.SetTag(FaqLanguageTag, language);
        }
    }
}
