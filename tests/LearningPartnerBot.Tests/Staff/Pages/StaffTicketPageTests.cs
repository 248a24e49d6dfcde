using System.Net;
using LearningPartnerBot.Tests.Tickets;
using LearningPartnerBot.Tests.Tickets.Api;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Staff.Pages;

public sealed class StaffTicketPageTests(TicketApiFixture fixture) : IClassFixture<TicketApiFixture>, IAsyncLifetime
{
    private readonly StaffBrowser _browser = new(fixture.Host);

    public async Task InitializeAsync() => await _browser.SignInAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private TicketDesk Desk => fixture.Host.Services.GetRequiredService<TicketDesk>();

    [Fact]
    public async Task The_detail_shows_the_requester_and_every_KPI_discrepancy_field()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "T-100"));

        var page = await _browser.PageAsync($"/staff/tickets/{reference.ToLowerInvariant()}");

        foreach (var shown in new[]
        {
            reference, "Ayşe Yılmaz", "ayse@contoso.example", "AccountAdmin", "T-100", "tr-TR",
            "November 2025", "Courseware", "Seat", "INV-2025-0042", "1,250.5", "19,999.99 EUR", "Invoice", "The dashboard shows 0.",
        })
        {
            Assert.Contains(shown, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_detail_shows_the_directory_listing_fields_and_dates()
    {
        var reference = await fixture.FileAsync(SampleTickets.Directory(partner: "T-200"));

        var page = await _browser.PageAsync($"/staff/tickets/{reference}");

        Assert.Contains("Fabrikam Learning", page, StringComparison.Ordinal);
        Assert.Contains("""<a href="https://learn.fabrikam.example/microsoft" rel="noopener noreferrer nofollow">""", page, StringComparison.Ordinal);
        Assert.Contains("<dt>The page shows no competitors</dt><dd>Yes</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Expected visible by</dt><dd>2026-04-07</dd>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_shows_a_general_request_with_its_transcript()
    {
        var reference = await fixture.FileAsync(SampleTickets.General(partner: "T-300"));

        var page = await _browser.PageAsync($"/staff/tickets/{reference}");

        Assert.Contains("I need a person, please.", page, StringComparison.Ordinal);
        Assert.Contains("last 1 turns", page, StringComparison.Ordinal);
        Assert.Contains("<td>user</td>", page, StringComparison.Ordinal);
        Assert.Contains("2026-03-02 09:00 UTC", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_reference_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync("/staff/tickets/LP-1999-000001")).StatusCode);
    }

    [Fact]
    public async Task Changing_the_status_saves_it_with_the_assignee_and_tells_the_partner()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "T-400"));

        var response = await _browser.SubmitAsync(
            $"/staff/tickets/{reference}",
            $"/staff/tickets/{reference}?handler=Status",
            new Dictionary<string, string> { ["NewStatus"] = "inProgress", ["Assignee"] = " Jan " });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/tickets/{reference}?saved=status", response.Headers.Location!.OriginalString);
        var ticket = await Desk.FindAsync(reference, CancellationToken.None);
        Assert.Equal((TicketStatus.InProgress, "Jan"), (ticket!.Status, ticket.Assignee));
        Assert.Contains(new TicketStatusChanged(reference, TicketStatus.New, TicketStatus.InProgress), fixture.Notifier.StatusChanges);
        var page = await _browser.PageAsync(response.Headers.Location.OriginalString);
        Assert.Contains("Status and assignee saved.", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Status</dt><dd>In progress</dd>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_comment_is_saved_under_the_staff_name_and_reaches_the_partner_only_when_marked_visible(bool visible)
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "T-500"));
        var fields = new Dictionary<string, string> { ["CommentText"] = "Please upload the invoice PDF." };
        if (visible)
        {
            fields["VisibleToPartner"] = "true";
        }

        var response = await _browser.SubmitAsync($"/staff/tickets/{reference}", $"/staff/tickets/{reference}?handler=Comment", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var comment = Assert.Single((await Desk.FindAsync(reference, CancellationToken.None))!.Comments);
        Assert.Equal((StaffBrowser.StaffName, "Please upload the invoice PDF.", visible), (comment.Author, comment.Text, comment.VisibleToPartner));
        var told = fixture.Notifier.Comments.Where(c => c.Reference == reference).ToList();
        Assert.Equal(visible ? [new PartnerCommentAdded(reference, StaffBrowser.StaffName, "Please upload the invoice PDF.")] : [], told);
        var page = await _browser.PageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(visible ? "visible to the partner" : "staff only", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_comment_shows_an_error_and_adds_nothing()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "T-600"));

        var response = await _browser.SubmitAsync(
            $"/staff/tickets/{reference}",
            $"/staff/tickets/{reference}?handler=Comment",
            new Dictionary<string, string> { ["CommentText"] = "   ", ["VisibleToPartner"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Write the comment before adding it.", await StaffBrowser.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty((await Desk.FindAsync(reference, CancellationToken.None))!.Comments);
        Assert.DoesNotContain(fixture.Notifier.Comments, c => c.Reference == reference);
    }

    [Fact]
    public async Task A_change_posted_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "T-700"));

        var response = await _browser.PostAsync(
            $"/staff/tickets/{reference}?handler=Status",
            new Dictionary<string, string> { ["NewStatus"] = "resolved", ["Assignee"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(TicketStatus.New, (await Desk.FindAsync(reference, CancellationToken.None))!.Status);
        Assert.DoesNotContain(fixture.Notifier.StatusChanges, c => c.Reference == reference);
    }
}
