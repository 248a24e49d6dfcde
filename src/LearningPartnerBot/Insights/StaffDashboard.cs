using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Insights;

/// <summary>
/// Reads the dashboard's numbers from the tables the bot writes anyway (tickets, answer counts, votes). Each query
/// reads one index range of the period; per-day grouping of tickets happens here because their times are stored as
/// packed integers that only .NET turns back into days.
/// </summary>
public sealed class StaffDashboard(IDbContextFactory<TicketsDbContext> tickets, IDbContextFactory<KnowledgeDbContext> knowledge, TimeProvider clock)
{
    public const int TopTopicCount = 10;

    /// <summary>The report for the last <paramref name="periodDays"/> UTC days, today included.</summary>
    public async Task<DashboardReport> BuildAsync(int periodDays, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = today.AddDays(1 - periodDays);
        var days = Enumerable.Range(0, periodDays).Select(first.AddDays).ToList();
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        await using var ticketDb = await tickets.CreateDbContextAsync(cancellationToken);
        var filed = await ticketDb.Tickets.AsNoTracking().Where(t => t.CreatedAt >= start)
            .Select(t => new { t.CreatedAt, t.Type, t.FirstStaffActionAt })
            .ToListAsync(cancellationToken);
        var openStatuses = DashboardReport.OpenStatuses.ToArray();
        var open = await ticketDb.Tickets.AsNoTracking().Where(t => openStatuses.Contains(t.Status))
            .Select(t => new { t.Status, t.CreatedAt })
            .ToListAsync(cancellationToken);

        var perDay = Enum.GetValues<TicketType>().ToDictionary(type => type, _ => new int[periodDays]);
        var responseHours = days.Select(_ => new List<double>()).ToList();
        foreach (var ticket in filed)
        {
            var index = DayIndex(ticket.CreatedAt, first);
            if (index < 0 || index >= periodDays)
            {
                continue;
            }

            perDay[ticket.Type][index]++;
            if (ticket.FirstStaffActionAt is { } acted)
            {
                responseHours[index].Add(Math.Max(0, (acted - ticket.CreatedAt).TotalHours));
            }
        }

        var byAge = DashboardReport.OpenStatuses.ToDictionary(status => status, _ => new int[DashboardReport.AgeBrackets.Count]);
        foreach (var ticket in open)
        {
            var age = now - ticket.CreatedAt;
            var bracket = DashboardReport.AgeBrackets.Select((b, i) => (b, i)).FirstOrDefault(x => age < x.b.Below).i;
            byAge[ticket.Status][bracket]++;
        }

        var allHours = responseHours.SelectMany(h => h).ToList();

        await using var knowledgeDb = await knowledge.CreateDbContextAsync(cancellationToken);
        var outcomes = await knowledgeDb.AnswerCounts.AsNoTracking().Where(c => c.Day >= first)
            .GroupBy(c => new { c.Day, c.Language, c.Answered })
            .Select(g => new { g.Key.Day, g.Key.Language, g.Key.Answered, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        var perLanguage = new SortedDictionary<string, FaqDailyOutcomes>(StringComparer.Ordinal);
        foreach (var language in Knowledge.KnowledgeLanguages.All)
        {
            perLanguage[language] = new FaqDailyOutcomes(new long[periodDays], new long[periodDays]);
        }

        foreach (var row in outcomes)
        {
            var index = row.Day.DayNumber - first.DayNumber;
            if (index < 0 || index >= periodDays)
            {
                continue;
            }

            if (!perLanguage.TryGetValue(row.Language, out var language))
            {
                perLanguage[row.Language] = language = new FaqDailyOutcomes(new long[periodDays], new long[periodDays]);
            }

            (row.Answered ? language.Answered : language.Abstained)[index] += row.Count;
        }

        var topTopics = (await knowledgeDb.AnswerCounts.AsNoTracking().Where(c => c.Day >= first && c.Answered)
                .GroupBy(c => c.TopicId)
                .Select(g => new { TopicId = g.Key, Count = g.Sum(c => c.Count) })
                .OrderByDescending(t => t.Count).ThenBy(t => t.TopicId)
                .Take(TopTopicCount)
                .ToListAsync(cancellationToken))
            .Select(t => new TopicCount(t.TopicId, t.Count))
            .ToList();

        // Grouped by day as well, in the order of the (Day, TopicId, Helpful) index, so the database reads the period's
        // range of that index without sorting, instead of scanning every vote by topic.
        var votes = await knowledgeDb.Votes.AsNoTracking().Where(v => v.Day >= first)
            .GroupBy(v => new { v.Day, v.TopicId, v.Helpful })
            .Select(g => new { g.Key.TopicId, g.Key.Helpful, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var votesPerTopic = votes.GroupBy(v => v.TopicId)
            .Select(g => new TopicVotes(g.Key, g.Where(v => v.Helpful).Sum(v => v.Count), g.Where(v => !v.Helpful).Sum(v => v.Count)))
            .OrderByDescending(v => v.Helpful + v.NotHelpful).ThenBy(v => v.TopicId, StringComparer.Ordinal)
            .ToList();

        return new DashboardReport(
            periodDays,
            days,
            perDay,
            byAge,
            allHours.Count == 0 ? null : TimeSpan.FromHours(Median(allHours)),
            allHours.Count,
            [.. responseHours.Select(h => h.Count == 0 ? (double?)null : Math.Round(Median(h), 1))],
            perLanguage,
            topTopics,
            votesPerTopic);
    }

    private static int DayIndex(DateTimeOffset at, DateOnly first) => DateOnly.FromDateTime(at.UtcDateTime).DayNumber - first.DayNumber;

    /// <summary>The middle value; for an even count, the mean of the two middle ones.</summary>
    internal static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
