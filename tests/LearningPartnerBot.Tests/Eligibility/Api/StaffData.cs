using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace LearningPartnerBot.Tests.Eligibility.Api;

/// <summary>
/// The data a staff member would load for the API tests: two competencies, the 2021 requirement sets, and a partner
/// (anniversary 2021-05-01, enrolled in Cloud Platform silver) whose KPI window on 2021-03-10 runs 2020-05-01 to 2021-04-30.
/// </summary>
internal static class StaffData
{
    public const string CsvHeader = "Month,Year,OMLP type,Purchase unit,Invoice #,KPI value,Revenue value,Currency,Competency,Document type";

    /// <summary>10,500 counted (INV-1, INV-2) against a gold minimum of 10,000; INV-3 shows only from 2021-03-15.</summary>
    public const string GoldCsv = CsvHeader + "\r\n"
        + "6,2020,Courseware,\"Contoso, Ltd (EMEA)\",INV-1,\"6,000.00\",\"9,000.00\",EUR,Cloud Platform,Invoice\r\n"
        + "11,2020,Courseware,Seats,INV-2,4500,6000,EUR,Cloud Platform,Invoice\r\n"
        + "2,2021,Courseware,Seats,INV-3,1200,1500,EUR,Cloud Platform,Invoice\r\n";

    public static async Task LoadCatalogAsync(HttpClient staff)
    {
        await Ok(staff.PutAsJsonAsync("/api/competencies", new object[]
        {
            new { name = "Cloud Platform", learningOption = true, covidExtensionExcluded = false },
            new { name = "Cloud Business Applications", learningOption = true, covidExtensionExcluded = true },
        }));
        await Ok(staff.PutAsJsonAsync("/api/requirements/2021", new object[]
        {
            new { competency = "Cloud Platform", level = "silver", minMcts = 1, requiredExams = new[] { "AZ-104" }, performanceCommitment = true },
            new { competency = "Cloud Platform", level = "gold", minMcts = 2, requiredExams = new[] { "AZ-104", "AZ-305" }, minKpi = 10000m, performanceCommitment = true },
        }));
    }

    public static object Partner(string anniversaryDate = "2021-05-01") => new
    {
        name = "Contoso Learning",
        country = "NL",
        anniversaryDate,
        website = "https://contoso.example",
        enrollment = new { level = "silver", competency = "Cloud Platform" },
        trainers = new[]
        {
            new { mctId = "MCT-1", name = "Ana Trainer", certifiedUntil = "2022-12-31" },
            new { mctId = "MCT-2", name = "Bo Trainer", certifiedUntil = "2022-06-30" },
        },
        exams = new[] { new { code = "az-104", passedOn = "2020-02-01" }, new { code = "AZ-305", passedOn = "2020-09-15" } },
        commitments = new[] { new { competency = "cloud platform", committedOn = "2020-01-10" } },
        users = new[] { new { aadObjectId = "aad-1", upn = "Ana@Contoso.example", name = "Ana Admin", role = "MpnPartnerAdmin" } },
    };

    public static async Task LoadPartnerAsync(HttpClient staff, string mpnId) =>
        await Ok(staff.PutAsJsonAsync($"/api/partners/{mpnId}", Partner()));

    public static Task<HttpResponseMessage> PostCsvAsync(HttpClient staff, string mpnId, string csv) =>
        staff.PostAsync($"/api/partners/{mpnId}/kpis", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
