using System.Globalization;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tickets;
using Microsoft.Extensions.DependencyInjection;
using static LearningPartnerBot.Tests.Insights.PageTables;

namespace LearningPartnerBot.Tests.Insights;

/// <summary>The dashboard shows what was filed, asked and voted, per period, in its charts and their tables.</summary>
public sealed class DashboardPageTests : IClassFixture<DashboardPageTests.SeededHost>
{
    private readonly SeededHost _host;

    public DashboardPageTests(SeededHost host) => _host = host;

    private static string Day(int daysAgo) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Tickets_filed_per_day_are_counted_by_type_in_the_chart_and_its_table()
    {
        var page = await _host.PageAsync("/staff?period=30");

        Assert.Equal(["2", "0", "1", "3"], Row(page, "tickets-table", Day(0)));
        Assert.Equal(["0", "1", "0", "1"], Row(page, "tickets-table", Day(3)));
        Assert.Equal("3", BarTotal(page, "tickets-per-day", Day(0)));
        Assert.Contains("4 tickets filed in the last 30 days: 2 KPI discrepancy, 1 Directory listing, 1 General request.", page, StringComparison.Ordinal);
        Assert.DoesNotContain(Day(40), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_tickets_are_counted_by_status_and_age_and_resolved_ones_are_left_out()
    {
        var page = await _host.PageAsync("/staff");

        Assert.Equal(["2", "0", "0"], Row(page, "open-table", "Under 1 day"));
        Assert.Equal(["0", "1", "0"], Row(page, "open-table", "3–7 days"));
        Assert.Equal(["0", "0", "1"], Row(page, "open-table", "30 days or more"));
        Assert.Equal("2", BarTotal(page, "open-tickets", "Under 1 day"));
        Assert.Contains("4 open tickets: 2 New, 1 In progress, 1 Waiting on partner.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_median_time_to_first_staff_action_covers_the_tickets_of_the_period()
    {
        var month = await _host.PageAsync("/staff?period=30");
        var quarter = await _host.PageAsync("/staff?period=90");

        // 2 h, 4 h and 9 h today; the 100 h ticket 40 days ago counts only in the 90-day period.
        Assert.Contains("Median <strong>4 h 0 min</strong> from filing", month, StringComparison.Ordinal);
        Assert.Equal(["4"], Row(month, "first-action-table", Day(0)));
        Assert.Contains("Median <strong>6 h 30 min</strong> from filing", quarter, StringComparison.Ordinal);
        Assert.Equal(["100"], Row(quarter, "first-action-table", Day(40)));
    }

    [Fact]
    public async Task FAQ_questions_are_counted_per_language_and_day_as_answered_and_abstained()
    {
        var page = await _host.PageAsync("/staff?period=7");

        Assert.Equal(["3", "1"], Row(page, "faq-en-table", Day(0)));
        Assert.Equal(["5", "2"], Row(page, "faq-nl-table", Day(1)));
        Assert.Equal(["0", "0"], Row(page, "faq-tr-table", Day(0)));
        Assert.Equal("4", BarTotal(page, "faq-en", Day(0)));
        Assert.Contains("English: 4 questions, 3 answered, 1 abstained (25% abstained).", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_top_topics_and_the_votes_per_topic_are_ranked()
    {
        var page = await _host.PageAsync("/staff?period=7");

        Assert.Equal(["silver", "gold"], RowHeaders(page, "topics-table"));
        Assert.Equal(["5"], Row(page, "topics-table", "silver"));
        Assert.Equal(["3"], Row(page, "topics-table", "gold"));
        Assert.Equal(["2", "1"], Row(page, "votes-table", "gold"));
        Assert.Equal("3", BarTotal(page, "votes", "gold"));
    }

    [Fact]
    public async Task An_old_queue_link_with_filters_is_sent_to_the_ticket_queue()
    {
        var browser = await _host.Host.SignedInAsync();

        var response = await browser.GetAsync("/staff?status=new&partner=123");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/tickets?status=new&partner=123", response.Headers.Location!.OriginalString);
    }

    /// <summary>Seeded once for the class; nothing else writes to its database.</summary>
    public sealed class SeededHost : IAsyncLifetime
    {
        public InsightsHost Host { get; } = new();

        public async Task<string> PageAsync(string path) => await (await Host.SignedInAsync()).PageAsync(path);

        public async Task InitializeAsync()
        {
            var now = DateTimeOffset.UtcNow;
            await Host.FileAsync(TicketType.KpiDiscrepancy, now.AddMinutes(-30), TicketStatus.New, TimeSpan.FromHours(2));
            await Host.FileAsync(TicketType.KpiDiscrepancy, now.AddMinutes(-20), TicketStatus.New, TimeSpan.FromHours(4));
            await Host.FileAsync(TicketType.General, now.AddMinutes(-10), TicketStatus.Resolved, TimeSpan.FromHours(9));
            await Host.FileAsync(TicketType.DirectoryListing, now.AddDays(-3).AddHours(-1), TicketStatus.InProgress);
            await Host.FileAsync(TicketType.KpiDiscrepancy, now.AddDays(-40), TicketStatus.WaitingOnPartner, TimeSpan.FromHours(100));

            // Today's English questions through the bot's own counting; yesterday's Dutch ones straight into the table.
            var feedback = Host.Services.GetRequiredService<FaqFeedbackStore>();
            for (var i = 0; i < 3; i++)
            {
                feedback.CountAnswer("en", "gold", answered: true);
            }

            feedback.CountAnswer("en", null, answered: false);
            await feedback.FlushAnswerCountsAsync(CancellationToken.None);
            var yesterday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
            await Host.AddCountsAsync(yesterday, "nl", "silver", answered: true, 5);
            await Host.AddCountsAsync(yesterday, "nl", null, answered: false, 2);

            await Host.VotedAsync("gold", helpful: true);
            await Host.VotedAsync("gold", helpful: true);
            await Host.VotedAsync("gold", helpful: false, "what is gold");
        }

        public Task DisposeAsync()
        {
            Host.Dispose();
            return Task.CompletedTask;
        }
    }
}
