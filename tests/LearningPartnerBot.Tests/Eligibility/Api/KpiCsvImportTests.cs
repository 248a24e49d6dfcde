using LearningPartnerBot.Eligibility.Api;
using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Tests.Eligibility.Api;

public class KpiCsvImportTests
{
    private const string Header = "Month,Year,OMLP type,Purchase unit,Invoice #,KPI value,Revenue value,Currency,Competency,Document type";

    private static readonly KnownCompetencies Competencies = KnownCompetencies.Of(["Cloud Platform", "Data Analytics"]);

    private static KpiImport Read(params string[] rows) =>
        KpiCsvImport.Read(string.Join("\r\n", [Header, .. rows]) + "\r\n", "1234567", Competencies);

    [Fact]
    public void A_good_row_becomes_a_KPI_record_with_quoted_commas_parsed()
    {
        var import = Read("1,2021,Courseware,\"Contoso, Ltd (EMEA)\",INV-1,\"1,250.50\",\"2,000.00\",eur,cloud platform,Invoice");

        Assert.True(import.Succeeded);
        var record = Assert.Single(import.Records);
        Assert.Equal((1, 2021, "Courseware", "Contoso, Ltd (EMEA)", "INV-1"), (record.Month, record.Year, record.OmlpType, record.PurchaseUnit, record.InvoiceNumber));
        Assert.Equal((1250.50m, 2000.00m, "EUR", "Cloud Platform"), (record.KpiValue, record.RevenueValue, record.Currency, record.Competency));
        Assert.Equal(KpiDocumentType.Invoice, record.DocumentType);
    }

    [Theory]
    [InlineData("OrderConfirmation")]
    [InlineData("Order confirmation")]
    [InlineData("PartnerReport")]
    public void Order_confirmations_and_partner_reports_are_refused_with_the_articles_reason(string documentType)
    {
        var import = Read($"1,2021,Courseware,Seats,INV-1,100,100,EUR,Cloud Platform,{documentType}");

        var error = Assert.Single(import.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal([KpiCsvImport.InvoicesOnlyReason], error.Reasons);
        Assert.StartsWith("Only actual invoices will be accepted", KpiCsvImport.InvoicesOnlyReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_row_is_listed_with_every_reason_and_no_record_is_kept()
    {
        var import = Read(
            "1,2021,Courseware,Seats,INV-1,100,100,EUR,Cloud Platform,Invoice",
            "13,21,Courseware,Seats,INV-2,abc,100,EURO,Cloud Platform,Invoice",
            "2,2021,Courseware,Seats,INV-3,100,100,EUR,Cloud Platform,Invoice",
            "2,2021,Courseware,Seats,INV-4,100,100,EUR,Security,Invoice",
            "2,2021,Courseware,Seats,INV-5,100,100,EUR");

        Assert.False(import.Succeeded);
        Assert.Empty(import.Records);
        Assert.Equal([3, 5, 6], import.Errors.Select(e => e.Row));
        Assert.Equal(4, import.Errors[0].Reasons.Count);
        Assert.Contains("No competency named 'Security'", import.Errors[1].Reasons[0], StringComparison.Ordinal);
        Assert.Contains("Expected 10 fields, found 8", import.Errors[2].Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_invoice_and_OMLP_type_twice_in_one_file_is_refused()
    {
        var import = Read(
            "1,2021,Courseware,Seats,INV-1,100,100,EUR,Cloud Platform,Invoice",
            "1,2021,Courseware,Seats,INV-1,200,200,EUR,Cloud Platform,Invoice",
            "1,2021,Exam voucher,Seats,INV-1,50,50,EUR,Cloud Platform,Invoice");

        var error = Assert.Single(import.Errors);
        Assert.Equal(3, error.Row);
        Assert.Contains("already on row 2", error.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Month,Year,OMLP type,Purchase unit,Invoice,KPI value,Revenue value,Currency,Competency,Document type")]
    [InlineData("Year,Month,OMLP type,Purchase unit,Invoice #,KPI value,Revenue value,Currency,Competency,Document type")]
    [InlineData("")]
    public void A_file_without_the_exact_header_is_refused_on_row_1(string header)
    {
        var import = KpiCsvImport.Read(header + "\n1,2021,Courseware,Seats,INV-1,100,100,EUR,Cloud Platform,Invoice\n", "1234567", Competencies);

        var error = Assert.Single(import.Errors);
        Assert.Equal(1, error.Row);
        Assert.Contains(Header, error.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        var import = KpiCsvImport.Read(Header + "\n", "1234567", Competencies);

        Assert.Contains("no KPI rows", Assert.Single(import.Errors).Reasons[0], StringComparison.Ordinal);
    }
}
