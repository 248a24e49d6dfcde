using System.Text.RegularExpressions;
using LearningPartnerBot.Tests.Tickets;
using LearningPartnerBot.Tests.Tickets.Api;
using LearningPartnerBot.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Staff.Pages;

public sealed partial class StaffQueuePageTests(TicketApiFixture fixture) : IClassFixture<TicketApiFixture>, IAsyncLifetime
{
    /// <summary>The queue's page size (the staff API's default).</summary>
    private const int QueuePageSize = 25;

    private readonly StaffBrowser _browser = new(fixture.Host);

    public async Task InitializeAsync() => await _browser.SignInAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Filtering_by_status_lists_only_tickets_in_that_status()
    {
        var open = await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-100"));
        var resolved = await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-100"));
        await fixture.Host.Services.GetRequiredService<TicketDesk>().UpdateAsync(resolved, TicketStatus.Resolved, null, CancellationToken.None);

        var resolvedPage = await _browser.PageAsync("/staff/tickets?status=resolved&partner=Q-100");
        var newPage = await _browser.PageAsync("/staff/tickets?status=new&partner=Q-100");

        Assert.Equal([resolved], References(resolvedPage));
        Assert.Equal([open], References(newPage));
        Assert.Contains("""<option value="resolved" selected="selected">Resolved</option>""", resolvedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filtering_by_type_and_an_inclusive_date_range_uses_the_creation_day()
    {
        var before = await fixture.FileAsync(SampleTickets.Directory(partner: "Q-200"), new DateTimeOffset(2026, 3, 1, 23, 59, 0, TimeSpan.Zero));
        var first = await fixture.FileAsync(SampleTickets.Directory(partner: "Q-200"), new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var last = await fixture.FileAsync(SampleTickets.Directory(partner: "Q-200"), new DateTimeOffset(2026, 3, 3, 23, 59, 0, TimeSpan.Zero));
        await fixture.FileAsync(SampleTickets.General(partner: "Q-200"), new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

        var page = await _browser.PageAsync("/staff/tickets?type=directoryListing&partner=Q-200&from=2026-03-02&to=2026-03-03");

        Assert.Equal([last, first], References(page));
        Assert.DoesNotContain(before, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_queue_is_paged_and_the_next_page_keeps_the_filter()
    {
        var filed = new List<string>();
        for (var day = 1; day <= QueuePageSize + 1; day++)
        {
            filed.Add(await fixture.FileAsync(SampleTickets.General(partner: "Q-300"), new DateTimeOffset(2026, 1, day, 9, 0, 0, TimeSpan.Zero)));
        }

        var first = await _browser.PageAsync("/staff/tickets?partner=Q-300");
        var next = NextPageLink().Match(first);
        Assert.True(next.Success, "The first page has no link to the next one.");
        var second = await _browser.PageAsync(next.Groups[1].Value);

        Assert.Equal(QueuePageSize, References(first).Count);
        Assert.Contains("26 matching tickets", first, StringComparison.Ordinal);
        Assert.Equal([filed[0]], References(second));
        Assert.Contains("Previous page", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_date_shows_what_is_wrong_instead_of_a_list()
    {
        var page = await _browser.PageAsync("/staff/tickets?from=2026-13-01");

        Assert.Contains("The filter is not valid", page, StringComparison.Ordinal);
        Assert.Contains("Write the date as yyyy-MM-dd.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
    }

    /// <summary>The references in the queue table, in the order shown.</summary>
    private static List<string> References(string page) =>
        [.. QueueRow().Matches(page).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("""<th scope="row"><a href="/staff/tickets/(LP-\d{4}-\d{6})">""")]
    private static partial Regex QueueRow();

    [GeneratedRegex("""href="([^"]+)">Next page</a>""")]
    private static partial Regex NextPageLink();
}
