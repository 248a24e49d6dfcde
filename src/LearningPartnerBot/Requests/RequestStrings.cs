using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Notifications;

namespace LearningPartnerBot.Requests;

/// <summary>
/// Typed access to Requests/RequestStrings*.resx for one culture: what the request forms, "my requests" and
/// "talk to a person" say. Each member name is its resource key, so the key-coverage test catches a typo.
/// </summary>
public sealed class RequestStrings
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Requests.RequestStrings", typeof(RequestStrings).Assembly);

    private static readonly ConcurrentDictionary<CultureInfo, RequestStrings> ByCulture = new();

    private RequestStrings(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public static RequestStrings Get(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture ?? throw new ArgumentNullException(nameof(culture)), c => new RequestStrings(c));

    /// <summary>The culture's long date pattern without a weekday ("MMMM d, yyyy", "d MMMM yyyy").</summary>
    public string DateFormat => Lookup();

    public string MenuPrompt => Lookup();
    public string MenuDiscrepancy => Lookup();
    public string MenuDirectory => Lookup();
    public string MenuMyRequests => Lookup();
    public string MenuTalkToPerson => Lookup();



    public string DiscrepancyTitle => Lookup();
    public string DiscrepancyIntro => Lookup();
    public string FieldMonth => Lookup();
    public string FieldYear => Lookup();
    public string FieldOmlpType => Lookup();
    public string FieldPurchaseUnit => Lookup();
    public string FieldInvoiceNumber => Lookup();
    public string FieldKpiValue => Lookup();
    public string FieldRevenueValue => Lookup();
    public string FieldCurrency => Lookup();
    public string FieldDocumentType => Lookup();
    public string FieldComment => Lookup();
    public string DocumentInvoice => Lookup();
    public string DocumentOrderConfirmation => Lookup();
    public string DocumentPartnerReport => Lookup();
    public string Continue => Lookup();
    public string Cancel => Lookup();
    public string Send => Lookup();
    public string FixErrors => Lookup();
    public string ErrorRequired => Lookup();
    public string ErrorMonth => Lookup();
    public string ErrorInvoiceNumber => Lookup();
    public string ErrorCurrency => Lookup();
    public string ErrorNotInvoice => Lookup();
    public string ErrorChoice => Lookup();
    public string ErrorUrl => Lookup();
    public string ErrorConfirm => Lookup();
    public string ErrorWholeNumber => Lookup();
    public string FieldMpnId => Lookup();
    public string FieldCompanyName => Lookup();
    public string FieldFilingPartner => Lookup();
    public string PartnerUnknownIntro => Lookup();

    public string DirectoryTitle => Lookup();
    public string DirectoryIntro => Lookup();
    public string FieldDisplayName => Lookup();
    public string FieldCountry => Lookup();
    public string FieldLandingPage => Lookup();
    public string ConfirmAboutPartner => Lookup();
    public string ConfirmNoCompetitors => Lookup();
    public string ConfirmOwned => Lookup();
    public string ConfirmHost => Lookup();

    public string ConfirmTitle => Lookup();
    public string ColumnField => Lookup();
    public string ColumnEntered => Lookup();
    public string ColumnStored => Lookup();
    public string NotStored => Lookup();
    public string Cancelled => Lookup();
    public string FormRetry => Lookup();
    public string YesWords => Lookup();
    public string NoWords => Lookup();

    public string MyRequestsNone => Lookup();
    public string MyRequestsHeading => Lookup();
    public string TypeKpiDiscrepancy => Lookup();
    public string TypeDirectoryListing => Lookup();
    public string TypeGeneral => Lookup();

    public string ErrorYear(int first, int last) => Format(Lookup(), first, last);

    public string ErrorNumber(string example) => Format(Lookup(), example);

    /// <param name="latest">The latest month that may be reported, as <see cref="MonthYear"/> writes it.</param>
    public string ErrorFutureMonth(string latest) => Format(Lookup(), latest);

    /// <summary>"12.5 — did you mean 12,5?": <paramref name="typed"/> holds only digits and separators, so it needs no escaping.</summary>
    public string ErrorDecimalSeparator(string typed, string meant) => Format(Lookup(), typed, meant);

    public string ErrorMpnId(int length) => Format(Lookup(), length);

    /// <param name="companyName">Already escaped for the card it is shown on.</param>
    public string FilingFor(string companyName, string mpnId) => Format(Lookup(), companyName, mpnId);

    /// <summary>"March 2026", "maart 2026", "Mart 2026".</summary>
    public string MonthYear(int year, int month) => new DateOnly(year, month, 1).ToString("MMMM yyyy", Culture);

    public string ErrorTooLong(int maxLength) => Format(Lookup(), maxLength);

    public string ErrorLength(int minLength, int maxLength) => Format(Lookup(), minLength, maxLength);

    public string HostWarning(string host, string website) => Format(Lookup(), host, website);

    public string DirectorySchedule(DirectoryUpdate update) =>
        Format(Lookup(), Date((update ?? throw new ArgumentNullException(nameof(update))).BatchStart), Date(update.BatchEnd), Date(update.VisibleBy));

    public string StoredNone(string invoiceNumber) => Format(Lookup(), invoiceNumber);

    public string Sent(string reference) => Format(Lookup(), reference);

    public string AlreadySent(string reference) => Format(Lookup(), reference);

    public string PersonFiled(string reference) => Format(Lookup(), reference);

    public string PersonAdded(string reference) => Format(Lookup(), reference);

    public string MyRequestsLine(TicketSummary ticket) =>
        Format(Lookup(), (ticket ?? throw new ArgumentNullException(nameof(ticket))).Reference, TypeName(ticket.Type), StatusName(ticket.Status), Date(DateOnly.FromDateTime(ticket.UpdatedAt.UtcDateTime)));

    public string TypeName(TicketType type) => type switch
    {
        TicketType.KpiDiscrepancy => TypeKpiDiscrepancy,
        TicketType.DirectoryListing => TypeDirectoryListing,
        _ => TypeGeneral,
    };

    /// <summary>The same word the partner sees in status-change messages (one translation of each status).</summary>
    public string StatusName(TicketStatus status) => new TicketUpdateStrings(Culture).StatusName(status);

    public string Date(DateOnly date) => date.ToString(DateFormat, Culture);

    private string Format(string format, params object[] args) => string.Format(Culture, format, args);

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture)
        ?? throw new MissingManifestResourceException($"Request string '{key}' is missing from Requests/RequestStrings.resx.");
}
