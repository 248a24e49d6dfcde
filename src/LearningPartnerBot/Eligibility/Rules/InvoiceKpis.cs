using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>The KPI that counts for a competency in a window, and the invoices in it the dashboard does not show yet.</summary>
public sealed record KpiTally(decimal Total, IReadOnlyList<PendingInvoice> Pending);

/// <summary>
/// Adds up KPI lines. Only actual invoices count (the article: order confirmations and partner reports are not
/// accepted), only in the window, and only once visible on the dashboard; in-window invoices not visible yet are pending.
/// </summary>
public static class InvoiceKpis
{
    public static KpiTally Tally(IEnumerable<KpiRecord> records, string competency, KpiWindow window, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        var inWindow = records
            .Where(r => r.DocumentType == KpiDocumentType.Invoice
                && string.Equals(r.Competency, competency, StringComparison.OrdinalIgnoreCase)
                && window.Contains(r.Year, r.Month))
            .ToList();
        var total = inWindow.Where(r => KpiVisibility.IsVisible(r.Year, r.Month, asOf)).Sum(r => r.KpiValue);
        var pending = inWindow
            .Where(r => !KpiVisibility.IsVisible(r.Year, r.Month, asOf))
            .OrderBy(r => r.Year).ThenBy(r => r.Month).ThenBy(r => r.InvoiceNumber, StringComparer.Ordinal)
            .Select(r => new PendingInvoice(r.InvoiceNumber, r.OmlpType, r.Year, r.Month, r.KpiValue, KpiVisibility.VisibleFrom(r.Year, r.Month)))
            .ToList();
        return new KpiTally(total, pending);
    }
}
