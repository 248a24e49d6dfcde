using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Tests.Tickets.Api;

public sealed class TicketQueueApiTests(TicketApiFixture fixture) : IClassFixture<TicketApiFixture>
{
    private readonly HttpClient _staff = fixture.Staff();

    private static DateTimeOffset Day(int month, int day) => new(2026, month, day, 12, 0, 0, TimeSpan.Zero);

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        var response = await _staff.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static List<string> References(JsonNode page) =>
        page["items"]!.AsArray().Select(item => (string)item!["reference"]!).ToList();

    [Fact]
    public async Task Filtering_by_partner_type_and_status_returns_only_matching_tickets()
    {
        var kpi = await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-100"));
        var general = await fixture.FileAsync(SampleTickets.General(partner: "Q-100"));
        await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-999"));
        var patched = await _staff.PatchAsJsonAsync(new Uri($"/api/tickets/{general}", UriKind.Relative), new { status = "inProgress" });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var byType = await GetJsonAsync("/api/tickets?partner=Q-100&type=kpiDiscrepancy");
        var byStatus = await GetJsonAsync("/api/tickets?partner=Q-100&status=InProgress");

        Assert.Equal([kpi], References(byType));
        Assert.Equal("kpiDiscrepancy", (string?)byType["items"]![0]!["type"]);
        Assert.Equal([general], References(byStatus));
        Assert.Equal("inProgress", (string?)byStatus["items"]![0]!["status"]);
    }

    [Fact]
    public async Task The_date_range_includes_both_end_days_in_UTC()
    {
        await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-200"), new DateTimeOffset(2026, 3, 9, 23, 59, 0, TimeSpan.Zero));
        var first = await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-200"), new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
        var last = await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-200"), new DateTimeOffset(2026, 3, 12, 23, 59, 0, TimeSpan.Zero));
        // 00:30 on the 13th in Istanbul is still the 12th in UTC.
        var lateLocal = await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-200"), new DateTimeOffset(2026, 3, 13, 0, 30, 0, TimeSpan.FromHours(3)));
        await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-200"), new DateTimeOffset(2026, 3, 13, 0, 0, 0, TimeSpan.Zero));

        var page = await GetJsonAsync("/api/tickets?partner=Q-200&from=2026-03-10&to=2026-03-12");

        Assert.Equal([last, lateLocal, first], References(page));
    }

    [Fact]
    public async Task Pages_are_newest_first_and_carry_the_total()
    {
        var filed = new List<string>();
        for (var day = 1; day <= 5; day++)
        {
            filed.Add(await fixture.FileAsync(SampleTickets.Directory(partner: "Q-300"), Day(4, day)));
        }

        var second = await GetJsonAsync("/api/tickets?partner=Q-300&page=2&pageSize=2");
        var beyond = await GetJsonAsync("/api/tickets?partner=Q-300&page=4&pageSize=2");

        Assert.Equal([filed[2], filed[1]], References(second));
        Assert.Equal((2, 2, 5), ((int)second["page"]!, (int)second["pageSize"]!, (int)second["total"]!));
        Assert.Empty(References(beyond));
        Assert.Equal(5, (int)beyond["total"]!);
    }

    [Theory]
    [InlineData("status=closed", "status")]
    [InlineData("type=3", "type")]
    [InlineData("from=10-03-2026", "from")]
    [InlineData("from=2026-03-12&to=2026-03-10", "to")]
    [InlineData("pageSize=500", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task A_bad_filter_is_a_400_naming_the_parameter(string query, string parameter)
    {
        var response = await _staff.GetAsync(new Uri("/api/tickets?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(parameter), $"expected an error for {parameter}: {errors.ToJsonString()}");
    }

    [Fact]
    public async Task The_CSV_export_lists_the_filtered_tickets_with_a_header_and_defuses_formulas()
    {
        var ticket = SampleTickets.Kpi(partner: "Q-400");
        var reference = await fixture.FileAsync(ticket with { Requester = ticket.Requester with { Name = "=HYPERLINK(\"x\"), Ayşe" } }, Day(5, 2));
        await fixture.FileAsync(SampleTickets.Kpi(partner: "Q-401"));

        var response = await _staff.GetAsync(new Uri("/api/tickets.csv?partner=Q-400", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "\"Reference\",\"Type\",\"Status\",\"Partner\",\"Requester\",\"Email\",\"Role\",\"Assignee\",\"Locale\",\"Created\",\"Updated\",\"Company\",\"Partner stated by requester\"",
                $"\"{reference}\",\"kpiDiscrepancy\",\"new\",\"Q-400\",\"'=HYPERLINK(\"\"x\"\"), Ayşe\",\"ayse@contoso.example\",\"AccountAdmin\",\"\",\"tr-TR\",\"2026-05-02T12:00:00Z\",\"2026-05-02T12:00:00Z\",\"\",\"no\"",
            ],
            lines);
    }

    [Fact]
    public async Task The_CSV_export_refuses_a_bad_filter()
    {
        var response = await _staff.GetAsync(new Uri("/api/tickets.csv?type=invoice", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
