using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Insights;

/// <summary>Everything the staff dashboard shows for one period, as numbers (the page draws and tabulates them).</summary>
/// <param name="Days">Every UTC day of the period, oldest first; the per-day lists below have one value per day.</param>
public sealed record DashboardReport(
    int PeriodDays,
    IReadOnlyList<DateOnly> Days,
    IReadOnlyDictionary<TicketType, int[]> TicketsPerDay,
    IReadOnlyDictionary<TicketStatus, int[]> OpenTicketsByAge,
    TimeSpan? MedianFirstStaffAction,
    int TicketsWithStaffAction,
    double?[] MedianFirstStaffActionHoursPerDay,
    IReadOnlyDictionary<string, FaqDailyOutcomes> FaqPerLanguage,
    IReadOnlyList<TopicCount> TopTopics,
    IReadOnlyList<TopicVotes> VotesPerTopic)
{
    /// <summary>The age brackets of open tickets, in order; <see cref="OpenTicketsByAge"/> has one count per bracket.</summary>
    public static readonly IReadOnlyList<AgeBracket> AgeBrackets =
    [
        new("Under 1 day", TimeSpan.Zero, TimeSpan.FromDays(1)),
        new("1–3 days", TimeSpan.FromDays(1), TimeSpan.FromDays(3)),
        new("3–7 days", TimeSpan.FromDays(3), TimeSpan.FromDays(7)),
        new("7–30 days", TimeSpan.FromDays(7), TimeSpan.FromDays(30)),
        new("30 days or more", TimeSpan.FromDays(30), TimeSpan.MaxValue),
    ];

    /// <summary>Statuses a ticket is still open in.</summary>
    public static readonly IReadOnlyList<TicketStatus> OpenStatuses = [TicketStatus.New, TicketStatus.InProgress, TicketStatus.WaitingOnPartner];

    public static IReadOnlyList<int> Periods { get; } = [7, 30, 90];
}

public sealed record AgeBracket(string Label, TimeSpan From, TimeSpan Below);

/// <summary>Per day of the period: questions answered and questions the bot abstained on.</summary>
public sealed record FaqDailyOutcomes(long[] Answered, long[] Abstained);

public sealed record TopicCount(string TopicId, long Count);

public sealed record TopicVotes(string TopicId, int Helpful, int NotHelpful);
