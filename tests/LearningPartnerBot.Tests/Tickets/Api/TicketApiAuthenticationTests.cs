using System.Net;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Tickets.Api;

public sealed class TicketApiAuthenticationTests(TicketApiFixture fixture) : IClassFixture<TicketApiFixture>
{
    public static TheoryData<string, string> TicketEndpoints => new()
    {
        { "GET", "/api/tickets" },
        { "GET", "/api/tickets.csv" },
        { "GET", "/api/tickets/LP-2026-000001" },
        { "PATCH", "/api/tickets/LP-2026-000001" },
        { "POST", "/api/tickets/LP-2026-000001/comments" },
    };

    [Theory]
    [MemberData(nameof(TicketEndpoints))]
    public async Task Without_a_staff_key_every_ticket_endpoint_answers_401_and_changes_nothing(string method, string path)
    {
        var reference = await fixture.FileAsync(SampleTickets.Kpi());
        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("LP-2026-000001", reference, StringComparison.Ordinal));
        if (method != "GET")
        {
            request.Content = new StringContent("""{"status":"resolved","assignee":"mallory","text":"Done."}""", System.Text.Encoding.UTF8, "application/json");
        }

        var before = await StoredAsync(reference);

        var response = await fixture.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(fixture.Notifier.StatusChanges);
        Assert.Empty(fixture.Notifier.Comments);

        // The stored ticket as staff see it: same status, no comment, nothing else touched.
        var after = await StoredAsync(reference);
        Assert.Equal("new", (string?)after["status"]);
        Assert.Empty(after["comments"]!.AsArray());
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    private async Task<JsonNode> StoredAsync(string reference)
    {
        var response = await fixture.Staff().GetAsync(new Uri($"/api/tickets/{reference}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
