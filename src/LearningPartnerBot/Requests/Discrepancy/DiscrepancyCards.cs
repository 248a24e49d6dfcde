using System.Globalization;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests.Discrepancy;

/// <summary>
/// Binds cards/discrepancy-request.json (the form) and cards/request-confirm.json (what will be sent, beside what the
/// eligibility store holds for that invoice).
/// </summary>
public sealed class DiscrepancyCards(CardLibrary cards)
{
    public const string FormCardName = "discrepancy-request";
    public const string ConfirmCardName = "request-confirm";

    /// <summary>
    /// The form with every value as typed and each error beside its field. The card's own checks (lengths, patterns,
    /// the year range) are bound from the server's rules, so the card never stops a value the server would take.
    /// </summary>
    public Attachment Form(string instance, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, Requester requester, DateOnly today, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(strings);
        var culture = strings.Culture;
        var bound = DiscrepancyForm.Fields.ToDictionary(f => f, f => (object)(values.TryGetValue(f, out var v) ? v : string.Empty));
        var hasYear = decimal.TryParse(values.GetValueOrDefault(DiscrepancyForm.Year), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var year);
        if (hasYear)
        {
            // Input.Number takes a number, not text; a year that is not one (typed in the console) is shown in its error.
            bound[DiscrepancyForm.Year] = year;
        }

        var example = LocalizedNumber.Format(1234.5m, culture);

        return cards.Get(FormCardName).Render(new
        {
            title = strings.DiscrepancyTitle,
            intro = strings.DiscrepancyIntro,
            fixErrors = errors.Count > 0 ? strings.FixErrors : string.Empty,
            instance,
            continueTitle = strings.Continue,
            cancelTitle = strings.Cancel,
            // Web Chat refuses to render a card whose required inputs have no error message.
            requiredError = strings.ErrorRequired,
            numberExample = example,
            hasYear,
            maxYear = today.Year,
            yearError = strings.ErrorYear(DiscrepancyForm.FirstYear, today.Year),
            invoiceNumberPattern = DiscrepancyForm.InvoiceNumberPattern,
            invoiceNumberError = strings.ErrorInvoiceNumber,
            amountPattern = AmountField.CardPattern,
            amountError = strings.ErrorNumber(example),
            currencyError = strings.ErrorCurrency,
            commentError = strings.ErrorTooLong(DiscrepancyForm.MaxCommentLength),
            limits = new
            {
                firstYear = DiscrepancyForm.FirstYear,
                text = DiscrepancyForm.MaxTextLength,
                invoiceNumber = DiscrepancyForm.MaxInvoiceNumberLength,
                amount = AmountField.MaxLength,
                comment = DiscrepancyForm.MaxCommentLength,
            },
            partner = PartnerCardFields.Bind(requester, values, errors, strings),
            currencies = Currencies.InOrder(culture, requester.Country).Select(c => new { title = c, value = c }).ToList(),
            labels = Labels(strings),
            values = bound,
            errors = DiscrepancyForm.Fields.ToDictionary(f => f, f => errors.GetValueOrDefault(f, string.Empty)),
            months = Enumerable.Range(1, 12).Select(m => new { title = MonthName(m, culture), value = m.ToString(CultureInfo.InvariantCulture) }).ToList(),
            documentTypes = DiscrepancyForm.DocumentTypes.Select(d => new { title = DocumentName(d, strings), value = d }).ToList(),
        }).ToAttachment();
    }

    /// <param name="stored">What the store holds for the invoice; null when the partner is unknown, so there is nothing to compare.</param>
    public Attachment Confirm(string instance, KpiDiscrepancyPayload payload, FilingPartner partner, IReadOnlyList<KpiRecord>? stored, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(strings);
        var culture = strings.Culture;
        var line = stored?.FirstOrDefault(k => string.Equals(k.OmlpType, payload.OmlpType, StringComparison.OrdinalIgnoreCase)) ?? (stored is { Count: > 0 } ? stored[0] : null);
        // A partner from the record is what the record holds; one typed by an unlinked requester is on no record.
        var rows = PartnerCardFields.Rows(partner, strings).Select(r => Row(r.Label, r.Value, partner.Stated ? null : r.Value, strings)).ToList();
        rows.AddRange(new List<object>
        {
            Row(strings.FieldMonth, MonthName(payload.Month, culture), line is null ? null : MonthName(line.Month, culture), strings),
            Row(strings.FieldYear, Year(payload.Year), line is null ? null : Year(line.Year), strings),
            Row(strings.FieldOmlpType, payload.OmlpType, line?.OmlpType, strings),
            Row(strings.FieldPurchaseUnit, payload.PurchaseUnit, line?.PurchaseUnit, strings),
            Row(strings.FieldInvoiceNumber, payload.InvoiceNumber, line?.InvoiceNumber, strings),
            Row(strings.FieldKpiValue, LocalizedNumber.Format(payload.KpiValue, culture), line is null ? null : LocalizedNumber.Format(line.KpiValue, culture), strings),
            Row(strings.FieldRevenueValue, LocalizedNumber.Format(payload.RevenueValue, culture), line is null ? null : LocalizedNumber.Format(line.RevenueValue, culture), strings),
            Row(strings.FieldCurrency, payload.Currency, line?.Currency, strings),
            Row(strings.FieldDocumentType, DocumentName(payload.DocumentType, strings), line is null ? null : DocumentName(line.DocumentType, strings), strings),
        });
        if (payload.Comment is { } comment)
        {
            rows.Add(Row(strings.FieldComment, comment, null, strings));
        }

        return cards.Get(ConfirmCardName).Render(new
        {
            title = strings.ConfirmTitle,
            form = DiscrepancyForm.Id,
            instance,
            hasStored = line is not null,
            columnField = strings.ColumnField,
            columnEntered = strings.ColumnEntered,
            columnStored = strings.ColumnStored,
            rows,
            note = stored is { Count: 0 } ? strings.StoredNone(CardText.Escape(payload.InvoiceNumber)) : string.Empty,
            sendTitle = strings.Send,
            cancelTitle = strings.Cancel,
        }).ToAttachment();
    }

    // Both columns are escaped: what the partner typed, and stored values that came from an import. Compared unescaped.
    private static object Row(string label, string entered, string? stored, RequestStrings strings) => new
    {
        label,
        entered = CardText.Escape(entered, label == strings.FieldComment ? 1000 : CardText.DefaultMaxLength),
        stored = stored is null ? strings.NotStored : CardText.Escape(stored),
        storedColor = stored is not null && !string.Equals(stored, entered, StringComparison.OrdinalIgnoreCase) ? "Attention" : "Default",
    };

    private static Dictionary<string, string> Labels(RequestStrings strings) => new()
    {
        [DiscrepancyForm.Month] = strings.FieldMonth,
        [DiscrepancyForm.Year] = strings.FieldYear,
        [DiscrepancyForm.OmlpType] = strings.FieldOmlpType,
        [DiscrepancyForm.PurchaseUnit] = strings.FieldPurchaseUnit,
        [DiscrepancyForm.InvoiceNumber] = strings.FieldInvoiceNumber,
        [DiscrepancyForm.KpiValue] = strings.FieldKpiValue,
        [DiscrepancyForm.RevenueValue] = strings.FieldRevenueValue,
        [DiscrepancyForm.Currency] = strings.FieldCurrency,
        [DiscrepancyForm.DocumentType] = strings.FieldDocumentType,
        [DiscrepancyForm.Comment] = strings.FieldComment,
    };

    private static string MonthName(int month, CultureInfo culture) => culture.DateTimeFormat.GetMonthName(month);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string DocumentName(string documentType, RequestStrings strings) => documentType switch
    {
        DiscrepancyForm.OrderConfirmation => strings.DocumentOrderConfirmation,
        DiscrepancyForm.PartnerReport => strings.DocumentPartnerReport,
        _ => strings.DocumentInvoice,
    };

    private static string DocumentName(KpiDocumentType documentType, RequestStrings strings) => documentType switch
    {
        KpiDocumentType.OrderConfirmation => strings.DocumentOrderConfirmation,
        KpiDocumentType.PartnerReport => strings.DocumentPartnerReport,
        _ => strings.DocumentInvoice,
    };
}
