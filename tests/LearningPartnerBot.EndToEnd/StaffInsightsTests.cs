using System.Diagnostics;
using System.Globalization;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Knowledge.Tools;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace LearningPartnerBot.EndToEnd;

/// <summary>
/// Staff in a real browser: the dashboard's charts show seeded activity, and a review-queue decision yields a KB
/// change that `kb test` accepts. The seeds use days and topics the other browser tests never touch, since they
/// share the bot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffInsightsTests(BrowserFixture fixture)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task The_dashboard_charts_show_the_seeded_activity()
    {
        var ticketDay = Day(5);
        var faqDay = Day(4);
        await SeedTicketsAsync();
        await SeedFaqAsync();

        await using var staff = await SignInAsync("staff-dashboard", "/staff?period=30");
        var page = staff.Page;

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        // The first screen only, for the README; the whole page is saved when the tab closes.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor("staff-dashboard-top") });

        // Tickets per day: 2 KPI discrepancies and 1 general request five days ago, in the SVG and in its table.
        Assert.Equal("3", await Bar(page, "tickets-per-day", ticketDay).GetAttributeAsync("data-total"));
        Assert.Equal(["2", "0", "1", "3"], await Cells(page, "tickets-table", ticketDay));

        // Open tickets by age: the three seeded ones, 5 days old (2 in progress, 1 waiting on the partner).
        Assert.Equal(["0", "2", "1"], await Cells(page, "open-table", "3–7 days"));

        // First staff action: after 1, 3 and 8 hours: the day's median is 3.
        Assert.Equal("3", await page.Locator($"svg[aria-labelledby='first-action-title'] circle[data-category='{ticketDay}']").GetAttributeAsync("data-value"));
        Assert.Equal(["3"], await Cells(page, "first-action-table", ticketDay));

        // FAQ per language four days ago.
        Assert.Equal("60", await Bar(page, "faq-nl", faqDay).GetAttributeAsync("data-total"));
        Assert.Equal(["45", "15"], await Cells(page, "faq-nl-table", faqDay));
        Assert.Equal(["7", "3"], await Cells(page, "faq-tr-table", faqDay));

        // Top topics and votes.
        Assert.Equal(["45"], await Cells(page, "topics-table", "covid-extension"));
        Assert.Equal("45", await page.Locator("svg[aria-labelledby='top-topics-title'] g.bar[data-category='covid-extension'] rect").GetAttributeAsync("data-value"));
        Assert.Equal(["2", "3"], await Cells(page, "votes-table", "kpi-requirements-change"));
        Assert.Equal("5", await Bar(page, "votes", "kpi-requirements-change").GetAttributeAsync("data-total"));
    }

    [Fact]
    public async Task A_review_queue_decision_removes_the_group_and_its_change_passes_kb_test()
    {
        var question = "how many days until our learning partner enrollment is completed " + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var feedback = fixture.Services.GetRequiredService<FaqFeedbackStore>();
        foreach (var typed in (string[])[question, question, question + "?"])
        {
            feedback.KeepUnanswered(
                new UnansweredQuestion { Question = typed, Language = "en", BestTopicId = "how-to-enroll", ChannelId = "e2e", ActivityId = Guid.NewGuid().ToString("N") });
        }

        await feedback.FlushUnansweredAsync(CancellationToken.None);

        await using var staff = await SignInAsync("staff-review", "/staff/review");
        var page = staff.Page;
        var group = page.Locator("article").Filter(new LocatorFilterOptions { HasText = question });
        await Expect(group).ToContainTextAsync("Asked 3 times in English");
        await Expect(group).ToContainTextAsync("Closest topics: how-to-enroll");
        await staff.SaveScreenshotAsync("staff-review-queue");

        await group.GetByLabel("Topic").SelectOptionAsync("how-to-enroll");
        await group.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Add as phrasing of this topic" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Review decision" })).ToBeVisibleAsync();
        var patch = await page.Locator("#patch").TextContentAsync() ?? string.Empty;
        await Expect(page.Locator("#yaml")).ToHaveTextAsync($"    - \"{question}\"");
        await staff.SaveScreenshotAsync("staff-review-decision");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Back to the review queue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "FAQ review queue" })).ToBeVisibleAsync();
        await Expect(page.Locator("article").Filter(new LocatorFilterOptions { HasText = question })).ToHaveCountAsync(0);

        var (exitCode, output) = await ApplyAndTestAsync(patch, question, "how-to-enroll");
        Assert.True(exitCode == 0, output);
        Assert.Contains("en: top1=1.000", output, StringComparison.Ordinal);
    }

    private static string Day(int daysAgo) =>
        DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-daysAgo).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ILocator Bar(IPage page, string chart, string category) =>
        page.Locator($"svg[aria-labelledby='{chart}-title'] g.bar[data-category='{category}']");

    /// <summary>The data cells of one row of a chart's table (in a closed &lt;details&gt;: read, not looked at).</summary>
    private static async Task<IReadOnlyList<string>> Cells(IPage page, string table, string rowHeader)
    {
        var row = page.Locator($"#{table} tr").Filter(new LocatorFilterOptions { Has = page.Locator("th", new PageLocatorOptions { HasTextString = rowHeader }) });
        return [.. (await row.Locator("td").AllTextContentsAsync()).Select(t => t.Trim())];
    }

    private async Task<BrowserTab> SignInAsync(string screenshot, string path)
    {
        var staff = await BrowserTab.OpenAsync(fixture, screenshot, path);
        await staff.Page.GetByLabel("Staff key").FillAsync(BotServer.StaffKey);
        await staff.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        return staff;
    }

    private async Task SeedTicketsAsync()
    {
        var filed = Now.AddDays(-5).AddHours(-1);
        var tickets = fixture.Services.GetRequiredService<ITicketService>();
        var contexts = fixture.Services.GetRequiredService<IDbContextFactory<TicketsDbContext>>();
        foreach (var (type, status, hours) in ((TicketType, TicketStatus, int)[])[
            (TicketType.KpiDiscrepancy, TicketStatus.InProgress, 1),
            (TicketType.KpiDiscrepancy, TicketStatus.InProgress, 3),
            (TicketType.General, TicketStatus.WaitingOnPartner, 8)])
        {
            var receipt = await tickets.CreateAsync(SeedTickets.Of(type));
            await using var db = await contexts.CreateDbContextAsync();
            var row = await db.Tickets.SingleAsync(t => t.Reference == receipt.Reference);
            row.CreatedAt = row.UpdatedAt = filed;
            row.Status = status;
            row.FirstStaffActionAt = filed.AddHours(hours);
            await db.SaveChangesAsync();
        }
    }

    private async Task SeedFaqAsync()
    {
        var day = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-4);
        await using (var db = await fixture.Services.GetRequiredService<IDbContextFactory<KnowledgeDbContext>>().CreateDbContextAsync())
        {
            db.AnswerCounts.AddRange(
                new FaqAnswerCount { Day = day, Language = "nl", TopicId = "covid-extension", Answered = true, Count = 45 },
                new FaqAnswerCount { Day = day, Language = "nl", TopicId = FaqAnswerCount.NoTopic, Answered = false, Count = 15 },
                new FaqAnswerCount { Day = day, Language = "tr", TopicId = "invoice-only", Answered = true, Count = 7 },
                new FaqAnswerCount { Day = day, Language = "tr", TopicId = FaqAnswerCount.NoTopic, Answered = false, Count = 3 });
            await db.SaveChangesAsync();
        }

        var feedback = fixture.Services.GetRequiredService<FaqFeedbackStore>();
        foreach (var helpful in (bool[])[true, true, false, false, false])
        {
            await feedback.RecordVoteAsync(
                new FaqVote { AnswerId = Guid.NewGuid().ToString("N"), UserKey = "e2e:" + Guid.NewGuid().ToString("N"), TopicId = "kpi-requirements-change", Language = "en", Helpful = helpful, ChannelId = "e2e" },
                CancellationToken.None);
        }
    }

    /// <summary>Applies the patch with `git apply` to a copy of the KB the bot runs with, then runs `kb test` on the new phrasing.</summary>
    private static async Task<(int ExitCode, string Output)> ApplyAndTestAsync(string patch, string question, string topic)
    {
        var root = Path.Combine(Path.GetTempPath(), "lpb-kb-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(Path.Combine(AppContext.BaseDirectory, "kb"), Path.Combine(root, "kb"));
            await File.WriteAllTextAsync(Path.Combine(root, "review.patch"), patch);
            using (var git = Process.Start(new ProcessStartInfo("git", ["apply", "--verbose", "review.patch"]) { WorkingDirectory = root, RedirectStandardError = true, RedirectStandardOutput = true })!)
            {
                var errors = await git.StandardError.ReadToEndAsync();
                await git.WaitForExitAsync();
                Assert.True(git.ExitCode == 0, "git apply failed: " + errors);
            }

            var cases = Path.Combine(root, "cases.tsv");
            await File.WriteAllTextAsync(cases, $"locale\tquestion\ttopic\nen\t{question}\t{topic}\n");
            using var output = new StringWriter();
            var exitCode = await BotCommandLine.InvokeAsync(["kb", "test", cases, "--kb", Path.Combine(root, "kb"), "--min-top1", "1"], output, output);
            return (exitCode, output.ToString());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
