namespace LearningPartnerBot.Eligibility.Data;

/// <summary>
/// One line of the partner's KPI dashboard: exactly the fields the article asks for in a discrepancy, plus the
/// competency it counts toward and the kind of document behind it (only invoices count).
/// </summary>
public sealed class KpiRecord
{
    public long Id { get; set; }

    public required string PartnerMpnId { get; set; }

    /// <summary>The invoice month, 1 to 12.</summary>
    public int Month { get; set; }

    public int Year { get; set; }

    /// <summary>The Official Microsoft Learning Product type, e.g. "Courseware".</summary>
    public required string OmlpType { get; set; }

    public required string PurchaseUnit { get; set; }

    /// <summary>With <see cref="OmlpType"/>, the identity of a line: a re-upload replaces, never duplicates.</summary>
    public required string InvoiceNumber { get; set; }

    public decimal KpiValue { get; set; }

    public decimal RevenueValue { get; set; }

    /// <summary>ISO 4217, upper case.</summary>
    public required string Currency { get; set; }

    public required string Competency { get; set; }

    public KpiDocumentType DocumentType { get; set; }
}
