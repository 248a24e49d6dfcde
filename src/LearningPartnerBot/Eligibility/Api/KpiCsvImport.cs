using System.Globalization;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Staff.Api;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>Why one CSV row was refused; row 1 is the header.</summary>
public sealed record KpiRowError(int Row, IReadOnlyList<string> Reasons);

/// <summary>The KPI records of an upload, or every reason it was refused (then nothing may be written).</summary>
internal sealed record KpiImport(IReadOnlyList<KpiRecord> Records, IReadOnlyList<KpiRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Turns a KPI dashboard export (text/csv with exactly <see cref="Header"/>) into KPI records, checking every row and
/// reporting all bad rows at once, so staff fix a file in one round instead of one error per upload.
/// </summary>
internal static class KpiCsvImport
{
    public static readonly IReadOnlyList<string> Header =
        ["Month", "Year", "OMLP type", "Purchase unit", "Invoice #", "KPI value", "Revenue value", "Currency", "Competency", "Document type"];

    /// <summary>The article's reason: only invoices prove KPIs.</summary>
    public const string InvoicesOnlyReason =
        "Only actual invoices will be accepted: order confirmations and partner reports are not accepted as proof of KPIs.";

    public static KpiImport Read(string csv, string mpnId, KnownCompetencies competencies)
    {
        var rows = CsvRecords.Read(csv).Where(r => !r.IsBlank).ToList();
        if (rows.Count == 0 || rows[0].Number != 1 || !rows[0].Fields.Select(f => f.Trim()).SequenceEqual(Header, StringComparer.Ordinal))
        {
            return Refused(1, $"The first line must be exactly the header: {string.Join(",", Header)}");
        }

        if (rows.Count == 1)
        {
            return Refused(1, "The file has a header but no KPI rows.");
        }

        var records = new List<KpiRecord>();
        var errors = new List<KpiRowError>();
        var firstRowOfInvoice = new Dictionary<(string Invoice, string OmlpType), int>();
        foreach (var row in rows.Skip(1))
        {
            var reasons = new List<string>();
            var record = row.Error is not null ? Fail(reasons, row.Error) : ReadRow(row, mpnId, competencies, reasons);
            if (record is not null && !firstRowOfInvoice.TryAdd((record.InvoiceNumber, record.OmlpType), row.Number))
            {
                reasons.Add($"Invoice # {record.InvoiceNumber} with OMLP type {record.OmlpType} is already on row {firstRowOfInvoice[(record.InvoiceNumber, record.OmlpType)]}.");
            }

            if (reasons.Count > 0)
            {
                errors.Add(new KpiRowError(row.Number, reasons));
            }
            else if (record is not null)
            {
                records.Add(record);
            }
        }

        return errors.Count > 0 ? new KpiImport([], errors) : new KpiImport(records, []);
    }

    private static KpiRecord? ReadRow(CsvRow row, string mpnId, KnownCompetencies competencies, List<string> reasons)
    {
        if (row.Fields.Count != Header.Count)
        {
            return Fail(reasons, $"Expected {Header.Count} fields, found {row.Fields.Count}; quote a value that contains a comma.");
        }

        var field = row.Fields.Select(f => f.Trim()).ToArray();
        var month = Integer(field[0], 1, 12, "Month must be a number from 1 to 12.", reasons);
        var year = Integer(field[1], 2000, 2100, "Year must be a four-digit year, e.g. 2021.", reasons);
        var omlpType = Text(field[2], "OMLP type", 64, reasons);
        var purchaseUnit = Text(field[3], "Purchase unit", 128, reasons);
        var invoice = Text(field[4], "Invoice #", 64, reasons);
        var kpi = Amount(field[5], "KPI value", reasons);
        var revenue = Amount(field[6], "Revenue value", reasons);
        var currency = field[7].ToUpperInvariant();
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            reasons.Add("Currency must be an ISO 4217 code, e.g. EUR or USD.");
        }

        var competency = competencies.Find(field[8]);
        if (competency is null)
        {
            reasons.Add(KnownCompetencies.Unknown(field[8]));
        }

        DocumentType(field[9], reasons);
        return reasons.Count > 0 ? null : new KpiRecord
        {
            PartnerMpnId = mpnId,
            Month = month,
            Year = year,
            OmlpType = omlpType,
            PurchaseUnit = purchaseUnit,
            InvoiceNumber = invoice,
            KpiValue = kpi,
            RevenueValue = revenue,
            Currency = currency,
            Competency = competency!,
            DocumentType = KpiDocumentType.Invoice,
        };
    }

    private static void DocumentType(string text, List<string> reasons)
    {
        // Exports write "Order confirmation"; the enum is OrderConfirmation.
        if (!ApiValues.TryParseName<KpiDocumentType>(text.Replace(" ", string.Empty, StringComparison.Ordinal), out var type))
        {
            reasons.Add($"Document type must be Invoice; '{text}' is not a known document type.");
        }
        else if (type != KpiDocumentType.Invoice)
        {
            reasons.Add(InvoicesOnlyReason);
        }
    }

    private static int Integer(string text, int min, int max, string reason, List<string> reasons)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        reasons.Add(reason);
        return 0;
    }

    private static decimal Amount(string text, string column, List<string> reasons)
    {
        if (decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        reasons.Add($"{column} must be a number of zero or more with a decimal point, e.g. 1250.00 or \"1,250.00\".");
        return 0;
    }

    private static string Text(string text, string column, int maxLength, List<string> reasons)
    {
        if (text.Length == 0 || text.Length > maxLength)
        {
            reasons.Add($"{column} is required (at most {maxLength} characters).");
        }

        return text;
    }

    private static KpiRecord? Fail(List<string> reasons, string reason)
    {
        reasons.Add(reason);
        return null;
    }

    private static KpiImport Refused(int row, string reason) => new([], [new KpiRowError(row, [reason])]);
}
