using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Notifications;

namespace LearningPartnerBot.Tests.Tickets.Api;

public sealed class TicketChangeApiTests(TicketApiFixture fixture) : IClassFixture<TicketApiFixture>
{
    private readonly HttpClient _staff = fixture.Staff();

    private async Task<JsonNode> DetailAsync(string reference)
    {
        var response = await _staff.GetAsync(new Uri($"/api/tickets/{reference}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private Task<HttpResponseMessage> PatchAsync(string reference, object body) =>
        _staff.PatchAsJsonAsync(new Uri($"/api/tickets/{reference}", UriKind.Relative), body);

    private Task<HttpResponseMessage> CommentAsync(string reference, object body) =>
        _staff.PostAsJsonAsync(new Uri($"/api/tickets/{reference}/comments", UriKind.Relative), body);

    [Fact]
    public async Task The_detail_shows_the_requester_and_every_typed_payload_field()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "C-100"));

        var detail = await DetailAsync(reference.ToLowerInvariant());

        Assert.Equal((reference, "kpiDiscrepancy", "new", "C-100", "tr-TR"),
            ((string?)detail["reference"], (string?)detail["type"], (string?)detail["status"], (string?)detail["partnerMpnId"], (string?)detail["locale"]));
        Assert.Equal(("user-ayse", "Ayşe Yılmaz", "ayse@contoso.example", "AccountAdmin"),
            ((string?)detail["requester"]!["id"], (string?)detail["requester"]!["name"], (string?)detail["requester"]!["email"], (string?)detail["requester"]!["role"]));
        var payload = detail["payload"]!;
        Assert.Equal(("kpiDiscrepancy", 11, 2025, "INV-2025-0042", 1250.5m, 19999.99m, "EUR", "Invoice"),
            ((string?)payload["kind"], (int)payload["month"]!, (int)payload["year"]!, (string?)payload["invoiceNumber"], (decimal)payload["kpiValue"]!,
                (decimal)payload["revenueValue"]!, (string?)payload["currency"], (string?)payload["documentType"]));
        Assert.Empty(detail["comments"]!.AsArray());
    }

    [Fact]
    public async Task An_unknown_reference_is_a_404_problem_on_every_ticket_endpoint()
    {
        var get = await _staff.GetAsync(new Uri("/api/tickets/LP-1999-000001", UriKind.Relative));
        var patch = await PatchAsync("LP-1999-000001", new { status = "resolved" });
        var comment = await CommentAsync("LP-1999-000001", new { text = "Hello" });

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [get.StatusCode, patch.StatusCode, comment.StatusCode]);
        Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Patching_status_and_assignee_saves_both_and_tells_the_partner_about_the_status()
    {
        var reference = await fixture.FileAsync(SampleTickets.Directory(partner: "C-200"));

        var response = await PatchAsync(reference, new { status = "waitingOnPartner", assignee = "  Jan  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await DetailAsync(reference);
        Assert.Equal(("waitingOnPartner", "Jan"), ((string?)detail["status"], (string?)detail["assignee"]));
        Assert.Contains(new TicketStatusChanged(reference, TicketStatus.New, TicketStatus.WaitingOnPartner), fixture.Notifier.StatusChanges);
    }

    [Fact]
    public async Task Changing_only_the_assignee_or_unassigning_does_not_message_the_partner()
    {
        var reference = await fixture.FileAsync(SampleTickets.Directory(partner: "C-300"));

        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(reference, new { assignee = "Jan" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(reference, new { assignee = "", status = "new" })).StatusCode);

        var detail = await DetailAsync(reference);
        Assert.Equal(("new", null), ((string?)detail["status"], (string?)detail["assignee"]));
        Assert.DoesNotContain(fixture.Notifier.StatusChanges, c => c.Reference == reference);
    }

    [Theory]
    [InlineData("""{"status":"closed"}""", "status")]
    [InlineData("""{"status":"2"}""", "status")]
    [InlineData("""{}""", "$")]
    public async Task An_invalid_patch_is_a_400_and_changes_nothing(string body, string field)
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "C-400"));

        var response = await _staff.PatchAsync(
            new Uri($"/api/tickets/{reference}", UriKind.Relative),
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), errors.ToJsonString());
        Assert.Equal("new", (string?)(await DetailAsync(reference))["status"]);
    }

    [Fact]
    public async Task Comments_are_listed_in_order_signed_by_the_key_holder_and_only_partner_visible_ones_reach_the_partner()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "C-500"));

        var internalNote = await CommentAsync(reference, new { text = "Checked the invoice in MSX.", author = "Jan" });
        var forPartner = await CommentAsync(reference, new { text = "Please upload the invoice PDF.", visibleToPartner = true });

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created], [internalNote.StatusCode, forPartner.StatusCode]);
        var comments = (await DetailAsync(reference))["comments"]!.AsArray();
        Assert.Equal(
            [(LearningPartnerBot.Tests.Staff.StaffApiFactory.KeyHolder, "Checked the invoice in MSX.", false), (LearningPartnerBot.Tests.Staff.StaffApiFactory.KeyHolder, "Please upload the invoice PDF.", true)],
            comments.Select(c => ((string)c!["author"]!, (string)c["text"]!, (bool)c["visibleToPartner"]!)));
        var told = Assert.Single(fixture.Notifier.Comments, c => c.Reference == reference);
        Assert.Equal("Please upload the invoice PDF.", told.Text);
    }

    [Fact]
    public async Task An_empty_comment_is_a_400()
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi(partner: "C-600"));

        var response = await CommentAsync(reference, new { text = "   ", visibleToPartner = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await DetailAsync(reference))["comments"]!.AsArray());
        Assert.DoesNotContain(fixture.Notifier.Comments, c => c.Reference == reference);
    }
}
