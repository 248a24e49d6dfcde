namespace LearningPartnerBot.Eligibility.Data;

/// <summary>The document behind a KPI line. The article: "Only actual invoices will be accepted."</summary>
public enum KpiDocumentType
{
    Invoice,
    OrderConfirmation,
    PartnerReport,
}
