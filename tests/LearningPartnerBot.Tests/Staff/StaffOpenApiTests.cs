using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Staff;

public sealed class StaffOpenApiTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    [Fact]
    public async Task The_document_is_for_staff_only()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_document_lists_the_staff_routes_with_the_bearer_scheme_and_not_the_bots_endpoints()
    {
        var document = JsonNode.Parse(await factory.CreateStaffClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;

        var paths = document["paths"]!.AsObject();
        Assert.Equal(
            ["/api/competencies", "/api/partners/{mpnId}", "/api/partners/{mpnId}/eligibility", "/api/partners/{mpnId}/kpis", "/api/requirements/{programYear}",
                "/api/tickets", "/api/tickets.csv", "/api/tickets/{reference}", "/api/tickets/{reference}/comments"],
            paths.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.NotNull(paths["/api/partners/{mpnId}"]!["put"]);
        Assert.NotNull(paths["/api/partners/{mpnId}/kpis"]!["post"]!["requestBody"]!["content"]!["text/csv"]);
        Assert.NotNull(paths["/api/partners/{mpnId}/eligibility"]!["get"]);
        Assert.NotNull(paths["/api/tickets/{reference}"]!["patch"]);

        var scheme = document["components"]!["securitySchemes"]!["StaffKey"]!;
        Assert.Equal("http", (string?)scheme["type"]);
        Assert.Equal("bearer", (string?)scheme["scheme"]);
        Assert.NotNull(document["security"]![0]!["StaffKey"]);
    }
}
