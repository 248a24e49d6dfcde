using System.Net;
using System.Text.Json.Nodes;
using LearningPartnerBot.Tests.Staff;

namespace LearningPartnerBot.Tests.Eligibility.Api;

public sealed class EligibilityApiTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    private readonly HttpClient _staff = factory.CreateStaffClient();

    private async Task<JsonNode> LoadedVerdictAsync(string mpnId, string query, string? acceptLanguage = null)
    {
        await StaffData.LoadCatalogAsync(_staff);
        await StaffData.LoadPartnerAsync(_staff, mpnId);
        var upload = await StaffData.PostCsvAsync(_staff, mpnId, StaffData.GoldCsv);
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/partners/{mpnId}/eligibility?{query}");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var response = await _staff.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!;
    }

    [Fact]
    public async Task A_loaded_partner_gets_the_verdict_the_rules_give()
    {
        var verdict = await LoadedVerdictAsync("T-100", "competency=cloud%20platform&asOf=2021-03-10");

        Assert.Equal("gold", (string?)verdict["recommended"]);
        Assert.Equal("silver", (string?)verdict["currentEnrollment"]);
        Assert.Equal("2020-05-01", (string?)verdict["window"]!["from"]);
        Assert.Equal("2021-04-30", (string?)verdict["window"]!["to"]);
        Assert.Equal(
            [("actionPack", true), ("silver", true), ("gold", true)],
            verdict["levels"]!.AsArray().Select(l => ((string)l!["level"]!, (bool)l["eligible"]!)));
        var gold = verdict["levels"]![2]!["requirements"]!.AsArray();
        var kpi = gold.Single(r => (string?)r!["id"] == "kpi")!;
        Assert.True((bool)kpi["met"]!);
        // INV-1 and INV-2 count; INV-3 (1,200) is not visible yet, so counting it would show 11,700.
        Assert.Equal((10500m, 10000m), ((decimal)kpi["actual"]!, (decimal)kpi["required"]!));
        var mct = gold.Single(r => (string?)r!["id"] == "mct")!;
        Assert.Equal((2, 2), ((int)mct["actual"]!, (int)mct["required"]!));
        var exams = gold.Single(r => (string?)r!["id"] == "exams")!;
        Assert.Equal(["AZ-104", "AZ-305"], exams["required"]!.AsArray().Select(e => (string)e!));
        Assert.True((bool)gold.Single(r => (string?)r!["id"] == "commitment")!["actual"]!);
        var pending = Assert.Single(verdict["pending"]!.AsArray())!;
        Assert.Equal(("INV-3", "2021-03-15"), ((string)pending["invoice"]!, (string)pending["visibleFrom"]!));
        Assert.True((bool)verdict["covidExtension"]!);
        Assert.True((bool)verdict["upgradeDiscount"]!);
        Assert.Contains(verdict["nextSteps"]!.AsArray(), s => ((string)s!).StartsWith("The roles the article names for enrolling are MPN partner admin and Account admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accept_Language_nl_gives_Dutch_next_steps()
    {
        var verdict = await LoadedVerdictAsync("T-101", "competency=Cloud%20Platform&asOf=2021-03-10", "nl-NL,en;q=0.5");

        var steps = verdict["nextSteps"]!.AsArray().Select(s => (string)s!).ToList();
        Assert.Contains(steps, s => s.StartsWith("De rollen die het artikel voor de inschrijving noemt, zijn MPN-partnerbeheerder en accountbeheerder", StringComparison.Ordinal));
        Assert.Contains("Factuur INV-3 (februari 2021) valt in de KPI-periode, maar staat nog niet op het KPI-dashboard en telt dus nog niet mee; ze is zichtbaar vanaf 15 maart 2021.", steps);
    }

    [Fact]
    public async Task An_unknown_partner_is_404()
    {
        await StaffData.LoadCatalogAsync(_staff);

        var eligibility = await _staff.GetAsync(new Uri("/api/partners/NOPE-1/eligibility?competency=Cloud%20Platform", UriKind.Relative));
        var kpis = await StaffData.PostCsvAsync(_staff, "NOPE-1", StaffData.GoldCsv);

        Assert.Equal(HttpStatusCode.NotFound, eligibility.StatusCode);
        Assert.Contains("NOPE-1", await eligibility.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, kpis.StatusCode);
    }

    [Theory]
    [InlineData("competency=Cloud%20Platform&asOf=2021-13-01", "YYYY-MM-DD")]
    [InlineData("competency=Cloud%20Platform&asOf=10-03-2021", "YYYY-MM-DD")]
    [InlineData("competency=Basket%20Weaving&asOf=2021-03-10", "No competency named 'Basket Weaving'")]
    [InlineData("asOf=2021-03-10", "competency=NAME")]
    public async Task A_bad_date_or_competency_is_400_with_a_clear_message(string query, string message)
    {
        await StaffData.LoadCatalogAsync(_staff);
        await StaffData.LoadPartnerAsync(_staff, "T-102");

        var response = await _staff.GetAsync(new Uri($"/api/partners/T-102/eligibility?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
