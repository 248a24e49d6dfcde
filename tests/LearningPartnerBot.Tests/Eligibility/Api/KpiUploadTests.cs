using System.Net;
using System.Text.Json.Nodes;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Tests.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningPartnerBot.Tests.Eligibility.Api;

public sealed class KpiUploadTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    private readonly HttpClient _staff = factory.CreateStaffClient();

    private async Task<List<KpiRecord>> StoredKpisAsync(string mpnId)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<EligibilityDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await db.Kpis.Where(k => k.PartnerMpnId == mpnId).OrderBy(k => k.InvoiceNumber).ToListAsync();
    }

    private async Task LoadPartnerAsync(string mpnId)
    {
        await StaffData.LoadCatalogAsync(_staff);
        await StaffData.LoadPartnerAsync(_staff, mpnId);
    }

    [Fact]
    public async Task One_bad_row_among_good_ones_is_listed_and_nothing_is_written()
    {
        await LoadPartnerAsync("T-200");
        var csv = StaffData.CsvHeader + "\n"
            + "6,2020,Courseware,Seats,INV-1,6000,9000,EUR,Cloud Platform,Invoice\n"
            + "13,2020,Courseware,Seats,INV-2,4500,6000,EUR,Cloud Platform,Invoice\n"
            + "7,2020,Courseware,Seats,INV-4,100,100,EUR,Cloud Platform,Invoice\n";

        var response = await StaffData.PostCsvAsync(_staff, "T-200", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var row = Assert.Single(problem["rows"]!.AsArray())!;
        Assert.Equal(3, (int)row["row"]!);
        Assert.Equal("Month must be a number from 1 to 12.", (string?)row["reasons"]![0]);
        Assert.Empty(await StoredKpisAsync("T-200"));
    }

    [Fact]
    public async Task An_order_confirmation_row_is_refused_with_the_articles_reason()
    {
        await LoadPartnerAsync("T-201");
        var csv = StaffData.CsvHeader + "\n"
            + "6,2020,Courseware,Seats,INV-1,6000,9000,EUR,Cloud Platform,Invoice\n"
            + "7,2020,Courseware,Seats,OC-7,900,900,EUR,Cloud Platform,Order confirmation\n";

        var response = await StaffData.PostCsvAsync(_staff, "T-201", csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var row = Assert.Single(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["rows"]!.AsArray())!;
        Assert.Equal(3, (int)row["row"]!);
        Assert.StartsWith("Only actual invoices will be accepted", (string?)row["reasons"]![0], StringComparison.Ordinal);
        Assert.Empty(await StoredKpisAsync("T-201"));
    }

    [Fact]
    public async Task A_re_upload_of_the_same_invoice_and_OMLP_type_replaces_it()
    {
        await LoadPartnerAsync("T-202");
        Assert.Equal(HttpStatusCode.OK, (await StaffData.PostCsvAsync(_staff, "T-202", StaffData.GoldCsv)).StatusCode);

        var corrected = StaffData.CsvHeader + "\n"
            + "6,2020,Courseware,Seats,INV-1,2000,3000,USD,Cloud Platform,Invoice\n"
            + "6,2020,Exam voucher,Seats,INV-1,300,300,USD,Cloud Platform,Invoice\n";
        var response = await StaffData.PostCsvAsync(_staff, "T-202", corrected);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((1, 1), ((int)result["added"]!, (int)result["replaced"]!));
        var stored = await StoredKpisAsync("T-202");
        Assert.Equal(4, stored.Count);
        var courseware = Assert.Single(stored, k => k.InvoiceNumber == "INV-1" && k.OmlpType == "Courseware");
        Assert.Equal((2000m, "USD", "Seats"), (courseware.KpiValue, courseware.Currency, courseware.PurchaseUnit));
    }

    [Fact]
    public async Task A_body_that_is_not_csv_is_refused()
    {
        await LoadPartnerAsync("T-203");

        var response = await _staff.PostAsync(
            new Uri("/api/partners/T-203/kpis", UriKind.Relative), new StringContent(StaffData.GoldCsv, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
