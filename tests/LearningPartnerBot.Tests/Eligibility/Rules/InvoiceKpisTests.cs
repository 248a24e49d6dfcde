using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class InvoiceKpisTests
{
    // A September anniversary checked on 2025-06-20: the window runs September 2024 to August 2025.
    private static readonly DateOnly AsOf = new(2025, 6, 20);
    private static readonly KpiWindow Window = RenewalWindow.For(new DateOnly(2019, 9, 1), AsOf);

    [Fact]
    public void Visible_invoices_in_the_window_are_summed()
    {
        var partner = Sample.Partner(Window.NextAnniversary).WithKpi(2024, 9, 100m).WithKpi(2025, 5, 250.5m);

        Assert.Equal(350.5m, InvoiceKpis.Tally(partner.Kpis, "Cloud Platform", Window, AsOf).Total);
    }

    [Theory]
    [InlineData(KpiDocumentType.OrderConfirmation)]
    [InlineData(KpiDocumentType.PartnerReport)]
    public void Order_confirmations_and_partner_reports_never_count_nor_wait_as_pending(KpiDocumentType type)
    {
        var partner = Sample.Partner(Window.NextAnniversary).WithKpi(2025, 1, 5000m, type: type).WithKpi(2025, 6, 5000m, type: type);

        var tally = InvoiceKpis.Tally(partner.Kpis, "Cloud Platform", Window, AsOf);

        Assert.Equal(0m, tally.Total);
        Assert.Empty(tally.Pending);
    }

    [Fact]
    public void Invoices_outside_the_window_or_for_another_competency_do_not_count()
    {
        var partner = Sample.Partner(Window.NextAnniversary)
            .WithKpi(2024, 8, 1000m)
            .WithKpi(2025, 9, 1000m)
            .WithKpi(2025, 1, 1000m, competency: "Security")
            .WithKpi(2025, 1, 7m, competency: "CLOUD PLATFORM");

        Assert.Equal(7m, InvoiceKpis.Tally(partner.Kpis, "Cloud Platform", Window, AsOf).Total);
    }

    [Fact]
    public void Invoices_not_visible_yet_are_listed_in_date_order_with_the_day_they_show_and_not_counted()
    {
        var partner = Sample.Partner(Window.NextAnniversary)
            .WithKpi(2025, 7, 300m, invoice: "INV-JUL")
            .WithKpi(2025, 6, 200m, invoice: "INV-JUN")
            .WithKpi(2025, 5, 100m, invoice: "INV-MAY");

        var tally = InvoiceKpis.Tally(partner.Kpis, "Cloud Platform", Window, AsOf);

        Assert.Equal(100m, tally.Total);
        Assert.Equal(
            [new PendingInvoice("INV-JUN", "Courseware", 2025, 6, 200m, new DateOnly(2025, 7, 15)), new PendingInvoice("INV-JUL", "Courseware", 2025, 7, 300m, new DateOnly(2025, 8, 15))],
            tally.Pending);
    }

    [Fact]
    public void A_December_invoice_waits_until_January_15()
    {
        var window = RenewalWindow.For(new DateOnly(2019, 3, 1), new DateOnly(2025, 1, 14));
        var partner = Sample.Partner(window.NextAnniversary).WithKpi(2024, 12, 400m, invoice: "INV-DEC");

        var before = InvoiceKpis.Tally(partner.Kpis, "Cloud Platform", window, new DateOnly(2025, 1, 14));
        var on = InvoiceKpis.Tally(partner.Kpis, "Cloud Platform", window, new DateOnly(2025, 1, 15));

        Assert.Equal((0m, new DateOnly(2025, 1, 15)), (before.Total, Assert.Single(before.Pending).VisibleFrom));
        Assert.Equal(400m, on.Total);
        Assert.Empty(on.Pending);
    }
}
