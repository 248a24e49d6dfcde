using System.Globalization;
using LearningPartnerBot.Insights;
using LearningPartnerBot.Insights.Charts;
using LearningPartnerBot.Tickets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>
/// What partners file and ask, for a period of 7, 30 or 90 days: each chart drawn as SVG on the server, with a
/// sentence saying what it shows and its numbers as a table, so it reads without JavaScript, in a screen reader and on paper.
/// </summary>
public sealed class DashboardModel(StaffDashboard dashboard) : PageModel
{
    public const int DefaultPeriod = 30;

    /// <summary>The ticket queue's filters: a bookmarked /staff?status=… from before the dashboard still finds its tickets.</summary>
    private static readonly string[] QueueParameters = ["status", "type", "partner", "from", "to", "pageNumber"];

    [BindProperty(SupportsGet = true)]
    public int Period { get; set; } = DefaultPeriod;

    public DashboardReport Report { get; private set; } = null!;

    public IReadOnlyList<string> DayLabels { get; private set; } = [];

    /// <summary>"12-06": the axis has room for 90 of these, not of full dates.</summary>
    public IReadOnlyList<string> AxisDayLabels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (QueueParameters.Any(Request.Query.ContainsKey))
        {
            return Redirect("/staff/tickets" + Request.QueryString);
        }

        if (!DashboardReport.Periods.Contains(Period))
        {
            Period = DefaultPeriod;
        }

        Report = await dashboard.BuildAsync(Period, cancellationToken);
        DayLabels = [.. Report.Days.Select(StaffDisplay.Date)];
        AxisDayLabels = [.. Report.Days.Select(d => d.ToString("MM-dd", CultureInfo.InvariantCulture))];
        return Page();
    }

    public IReadOnlyList<TicketType> TicketTypes { get; } = Enum.GetValues<TicketType>();

    public int TicketsFiled => Report.TicketsPerDay.Values.Sum(v => v.Sum());

    public int OpenTickets => Report.OpenTicketsByAge.Values.Sum(v => v.Sum());

    public string TicketsChart() => new StackedBarChart(
        "tickets-per-day",
        $"Tickets filed per day by type, last {Period} days",
        DayLabels,
        [.. TicketTypes.Select(t => new ChartSeries(StaffDisplay.Label(t), [.. Report.TicketsPerDay[t].Select(n => (double?)n)]))],
        AxisDayLabels).ToSvg();

    public string OpenTicketsChart() => new StackedBarChart(
        "open-tickets",
        "Open tickets by age and status",
        [.. DashboardReport.AgeBrackets.Select(b => b.Label)],
        [.. DashboardReport.OpenStatuses.Select(s => new ChartSeries(StaffDisplay.Label(s), [.. Report.OpenTicketsByAge[s].Select(n => (double?)n)]))]).ToSvg();

    public string FirstActionChart() => new LineChart(
        "first-action",
        $"Median hours to first staff action, by the day tickets were filed, last {Period} days",
        DayLabels,
        [new ChartSeries("Median hours", Report.MedianFirstStaffActionHoursPerDay)],
        AxisDayLabels).ToSvg();

    public string FaqChart(string language) => new StackedBarChart(
        "faq-" + language,
        $"FAQ questions per day in {LanguageName(language)}: answered and abstained, last {Period} days",
        DayLabels,
        [
            new ChartSeries("Answered", [.. Report.FaqPerLanguage[language].Answered.Select(n => (double?)n)]),
            new ChartSeries("Abstained", [.. Report.FaqPerLanguage[language].Abstained.Select(n => (double?)n)]),
        ],
        AxisDayLabels).ToSvg();

    public string TopTopicsChart() => new HorizontalBarChart(
        "top-topics",
        $"Top {StaffDashboard.TopTopicCount} topics answered, last {Period} days",
        [.. Report.TopTopics.Select(t => t.TopicId)],
        [new ChartSeries("Answers", [.. Report.TopTopics.Select(t => (double?)t.Count)])]).ToSvg();

    public string VotesChart() => new HorizontalBarChart(
        "votes",
        $"Helpful and not helpful votes per topic, last {Period} days",
        [.. Report.VotesPerTopic.Select(t => t.TopicId)],
        [
            new ChartSeries("👍 Helpful", [.. Report.VotesPerTopic.Select(t => (double?)t.Helpful)]),
            new ChartSeries("👎 Not helpful", [.. Report.VotesPerTopic.Select(t => (double?)t.NotHelpful)]),
        ]).ToSvg();

    public static string LanguageName(string language) => language switch
    {
        "en" => "English",
        "nl" => "Dutch",
        "tr" => "Turkish",
        _ => language,
    };

    /// <summary>"3 h 20 min", "2 d 4 h": a response time as staff say it.</summary>
    public static string Duration(TimeSpan span) =>
        span.TotalDays >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h")
            : span.TotalHours >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes} min")
                : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)Math.Round(span.TotalMinutes))} min");

    public static string Number(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);
}
