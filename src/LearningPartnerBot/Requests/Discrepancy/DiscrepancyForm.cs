using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests.Discrepancy;

/// <summary>
/// The KPI discrepancy form's fields and their server-side checks: the card's own checks can be bypassed (and the
/// console has none), so every value is checked here and each problem explained in the partner's language.
/// </summary>
public static partial class DiscrepancyForm
{
    public const string Id = "kpi-discrepancy";

    public const string Month = "month";
    public const string Year = "year";
    public const string OmlpType = "omlpType";
    public const string PurchaseUnit = "purchaseUnit";
    public const string InvoiceNumber = "invoiceNumber";
    public const string KpiValue = "kpiValue";
    public const string RevenueValue = "revenueValue";
    public const string Currency = "currency";
    public const string DocumentType = "documentType";
    public const string Comment = "comment";

    /// <summary>The first program year the KPI dashboard holds invoices for.</summary>
    public const int FirstYear = 2015;

    public const string Invoice = "invoice";
    public const string OrderConfirmation = "orderConfirmation";
    public const string PartnerReport = "partnerReport";

    public const int MaxTextLength = 100;
    public const int MaxCommentLength = 1000;
    public const int MaxInvoiceNumberLength = 40;

    /// <summary>
    /// Invoice numbers as partners' billing systems print them: "INV-202603-005", "2026/00123". The server and the
    /// card check this one pattern (the card in the partner's browser, so it is written the way JavaScript reads it too).
    /// </summary>
    public const string InvoiceNumberPattern = "^[A-Za-z0-9][A-Za-z0-9/-]{2,39}$";

    public static IReadOnlyList<string> Fields { get; } =
        [Month, Year, OmlpType, PurchaseUnit, InvoiceNumber, KpiValue, RevenueValue, Currency, DocumentType, Comment];

    public static IReadOnlyList<string> DocumentTypes { get; } = [Invoice, OrderConfirmation, PartnerReport];

    public static FormCheck<KpiDiscrepancyPayload> Check(IReadOnlyDictionary<string, string> submitted, DateOnly today, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        var form = new FormCheckBuilder(submitted ?? throw new ArgumentNullException(nameof(submitted)));
        var culture = strings.Culture;

        var month = int.TryParse(form.Raw(Month), NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : (int?)null;
        var year = int.TryParse(form.Raw(Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= FirstYear && y <= today.Year ? y : (int?)null;
        form.Field(Year, Required(form, Year, strings) ?? (year is not null ? null : IsFraction(form.Raw(Year)) ? strings.ErrorWholeNumber : strings.ErrorYear(FirstYear, today.Year)));
        var monthError = Required(form, Month, strings) ?? (month is null ? strings.ErrorMonth : null);
        if (monthError is null && year is { } knownYear && new DateOnly(knownYear, month!.Value, 1) > new DateOnly(today.Year, today.Month, 1))
        {
            monthError = strings.ErrorFutureMonth(strings.MonthYear(today.Year, today.Month));
        }

        form.Field(Month, monthError);
        form.Field(OmlpType, Required(form, OmlpType, strings) ?? TooLong(form, OmlpType, MaxTextLength, strings));
        form.Field(PurchaseUnit, Required(form, PurchaseUnit, strings) ?? TooLong(form, PurchaseUnit, MaxTextLength, strings));
        form.Field(InvoiceNumber, Required(form, InvoiceNumber, strings)
            ?? TooLong(form, InvoiceNumber, MaxInvoiceNumberLength, strings)
            ?? (InvoiceShape().IsMatch(form.Raw(InvoiceNumber)) ? null : strings.ErrorInvoiceNumber));

        form.Field(KpiValue, Required(form, KpiValue, strings) ?? AmountField.Problem(form.Raw(KpiValue), strings));
        LocalizedNumber.TryParse(form.Raw(KpiValue), culture, out var kpi);
        form.Field(RevenueValue, Required(form, RevenueValue, strings) ?? AmountField.Problem(form.Raw(RevenueValue), strings));
        LocalizedNumber.TryParse(form.Raw(RevenueValue), culture, out var revenue);
        var currency = form.Raw(Currency).ToUpperInvariant();
        form.Field(Currency, Required(form, Currency, strings) ?? (Currencies.IsKnown(currency) ? null : strings.ErrorCurrency));

        var documentType = form.Raw(DocumentType);
        form.Field(DocumentType, Required(form, DocumentType, strings) ?? documentType switch
        {
            Invoice => null,
            OrderConfirmation or PartnerReport => strings.ErrorNotInvoice,
            _ => strings.ErrorChoice,
        });
        form.Field(Comment, TooLong(form, Comment, MaxCommentLength, strings));

        return form.Result(() => new KpiDiscrepancyPayload(
            month!.Value,
            year!.Value,
            form.Raw(OmlpType),
            form.Raw(PurchaseUnit),
            form.Raw(InvoiceNumber),
            kpi,
            revenue,
            currency,
            Invoice,
            form.Raw(Comment) is { Length: > 0 } comment ? comment : null));
    }

    /// <summary>"2025.5" or "2025,5": a number, but not the whole one a year is.</summary>
    private static bool IsFraction(string text) =>
        decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number != decimal.Truncate(number);

    private static string? Required(FormCheckBuilder form, string field, RequestStrings strings) =>
        form.Raw(field).Length == 0 ? strings.ErrorRequired : null;

    private static string? TooLong(FormCheckBuilder form, string field, int maxLength, RequestStrings strings) =>
        form.Raw(field).Length > maxLength ? strings.ErrorTooLong(maxLength) : null;

    [GeneratedRegex(InvoiceNumberPattern)]
    private static partial Regex InvoiceShape();
}
