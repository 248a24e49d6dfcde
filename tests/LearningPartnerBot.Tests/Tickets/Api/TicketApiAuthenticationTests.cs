using System.Net;

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
            request.Content = new StringContent("""{"status":"resolved","text":"Done."}""", System.Text.Encoding.UTF8, "application/json");
        }

        var response = await fixture.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(fixture.Notifier.StatusChanges);
        Assert.Empty(fixture.Notifier.Comments);
    }
}
