using System.Diagnostics;
using System.Globalization;
using BotKit.Hosting;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Knowledge;

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

    public static void Understood(ITurnContext turnContext, Understanding understanding)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(understanding);
        if (turnContext.TurnState.Get<Activity>(TurnStateKey) is { } turn)
        {
            turn.SetTag(IntentTag, understanding.Intent.ToString());
            turn.SetTag(MessageSourceTag, understanding.Source.ToString());
        }
    }

    public static void FaqDecided(ITurnContext turnContext, FaqAnswer result)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(result);
        if (turnContext.TurnState.Get<Activity>(TurnStateKey) is { } turn)
        {
            turn.SetTag(FaqDecisionTag, result.IsAnswered ? "answered" : result.IsOutOfScope ? "out-of-scope" : "not-sure");
            turn.SetTag(FaqTopicTag, result.Answer?.Topic.Id);
            turn.SetTag(FaqScoreTag, Math.Round(result.TopScore, 3).ToString(CultureInfo.InvariantCulture));
            turn.SetTag(FaqLanguageTag, result.Language);
        }
    }
}
