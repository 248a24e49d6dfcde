using System.Net;
using System.Text.Json.Nodes;
using LearningPartnerBot.Tests.Staff.Pages;

namespace LearningPartnerBot.Tests.Tickets.Api;

/// <summary>
/// A ticket filed by a requester linked to no partner record carries the MPN ID and company name they typed, marked
/// as typed, wherever staff read it: the API, the CSV export and the /staff pages, escaped as anything typed is.
/// </summary>
public sealed class StatedPartnerTests(TicketApiFixture fixture) : IClassFixture<TicketApiFixture>, IAsyncLifetime
{
    private const string Company = "=Fabrikam <b>Training</b>";

    private readonly HttpClient _staff = fixture.Staff();
    private readonly StaffBrowser _browser = new(fixture.Host);

    public async Task InitializeAsync() => await _browser.SignInAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_API_shows_the_typed_company_and_that_it_was_typed()
    {
        var reference = await fixture.FileAsync(StatedTicket("S-100"));
        var linked = await fixture.FileAsync(SampleTickets.Kpi(partner: "S-100") with { PartnerName = "Contoso Learning" });

        var detail = JsonNode.Parse(await _staff.GetStringAsync(new Uri($"/api/tickets/{reference}", UriKind.Relative)))!;
        var list = JsonNode.Parse(await _staff.GetStringAsync(new Uri("/api/tickets?partner=S-100", UriKind.Relative)))!;

        Assert.Equal(("S-100", Company, true), ((string?)detail["partnerMpnId"], (string?)detail["partnerName"], (bool?)detail["partnerStatedByRequester"]));
        var names = list["items"]!.AsArray().ToDictionary(i => (string)i!["reference"]!, i => (string?)i!["partnerName"]);
        Assert.Equal(Company, names[reference]);
        Assert.Equal("Contoso Learning", names[linked]);
    }

    [Fact]
    public async Task The_CSV_has_the_company_defused_and_the_typed_mark()
    {
        var reference = await fixture.FileAsync(StatedTicket("S-200"));

        var response = await _staff.GetAsync(new Uri("/api/tickets.csv?partner=S-200", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = (await response.Content.ReadAsStringAsync()).Split("\r\n")[1];
        Assert.StartsWith($"\"{reference}\",", row, StringComparison.Ordinal);
        Assert.EndsWith("\"'=Fabrikam <b>Training</b>\",\"yes\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_staff_ticket_page_shows_the_company_escaped_and_says_it_was_typed()
    {
        var reference = await fixture.FileAsync(StatedTicket("S-300"));

        var response = await _browser.GetAsync($"/staff/tickets/{reference}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("=Fabrikam &lt;b&gt;Training&lt;/b&gt; (as typed by the requester, not linked to a partner record)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Training</b>", html, StringComparison.Ordinal);
    }

    private static global::LearningPartnerBot.Tickets.NewTicket StatedTicket(string mpnId) =>
        SampleTickets.Kpi(partner: mpnId) with { PartnerName = Company, PartnerStated = true };
}
