using System.Diagnostics;
using System.Diagnostics.Metrics;
using BotKit.Schema;
using ChannelIds = BotKit.Schema.Channels;

namespace LearningPartnerBot.Diagnostics;

/// <summary>
/// The bot's instruments, on one <see cref="Meter"/> named <see cref="MeterName"/> (collect them with
/// dotnet-counters or an OpenTelemetry exporter). Tag values come from fixed lists, because channel ids and activity
/// types arrive from callers and an open set would let any caller grow the number of time series without bound.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "LearningPartnerBot";

    private const string Other = "other";

    private static readonly HashSet<string> KnownChannels =
        [ChannelIds.Msteams, ChannelIds.Directline, ChannelIds.Webchat, ChannelIds.Emulator, ChannelIds.Test, ChannelIds.Console];

    private static readonly HashSet<string> KnownActivityTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.Invoke,
        ActivityTypes.Event, ActivityTypes.Typing, ActivityTypes.EndOfConversation, ActivityTypes.MessageReaction,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.ContactRelationUpdate, ActivityTypes.DeleteUserData,
    ];

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _faqAnswers;
    private readonly Counter<long> _faqAbstentions;
    private readonly Counter<long> _ticketsFiled;

    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(MeterName);
        _turns = Meter.CreateCounter<long>("lpb.turns", "{turn}", "Turns run, by channel and activity type.");
        _turnDuration = Meter.CreateHistogram<double>("lpb.turn.duration", "ms", "Time from receiving an activity to the end of its turn, state saved.");
        _faqAnswers = Meter.CreateCounter<long>("lpb.faq.answers", "{answer}", "FAQ questions answered, by language.");
        _faqAbstentions = Meter.CreateCounter<long>("lpb.faq.abstentions", "{question}", "FAQ questions the bot was not sure enough to answer, by language.");
        _ticketsFiled = Meter.CreateCounter<long>("lpb.tickets.filed", "{ticket}", "New tickets (not redelivered duplicates), by kind.");
    }

    public Meter Meter { get; }

    public void TurnCompleted(string? channelId, string? activityType, TimeSpan duration)
    {
        var tags = new TagList
        {
            { "channel", BoundedChannel(channelId) },
            { "activity.type", BoundedActivityType(activityType) },
        };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalMilliseconds, tags);
    }

    public void FaqAnswered(string language, bool answered) =>
        (answered ? _faqAnswers : _faqAbstentions).Add(1, new KeyValuePair<string, object?>("locale", Bounded(language, Knowledge.KnowledgeLanguages.All)));

    /// <summary>A filed ticket, tagged with its kind: an enum member, so the tag values stay a fixed list.</summary>
    public void TicketFiled<TKind>(TKind kind)
        where TKind : struct, Enum =>
        _ticketsFiled.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));

    internal static string BoundedChannel(string? channelId) => Bounded(channelId, KnownChannels);

    internal static string BoundedActivityType(string? activityType) => Bounded(activityType, KnownActivityTypes);

    private static string Bounded(string? value, IReadOnlyCollection<string> known) =>
        value is not null && known.Contains(value) ? value : Other;
}
