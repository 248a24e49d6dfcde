using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Typed access to EligibilityChat*.resx (beside this file) for one culture: what the eligibility dialog, its cards
/// and the invoice-date answer say. Each member name is its resource key, so the key-coverage test catches a typo.
/// </summary>
public sealed class EligibilityChatStrings
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Eligibility.Chat.EligibilityChat", typeof(EligibilityChatStrings).Assembly);

    private static readonly ConcurrentDictionary<CultureInfo, EligibilityChatStrings> ByCulture = new();

    private EligibilityChatStrings(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    public static EligibilityChatStrings Get(CultureInfo culture) =>
        ByCulture.GetOrAdd(culture ?? throw new ArgumentNullException(nameof(culture)), c => new EligibilityChatStrings(c));

    public string DemoPickerPrompt => Lookup();
    public string DemoUnlinkedUser => Lookup();
    public string DemoSwitchUser => Lookup();
    public string RoleMpnPartnerAdmin => Lookup();
    public string RoleAccountAdmin => Lookup();
    public string RoleOther => Lookup();
    public string CompetencyPrompt => Lookup();
    public string NoCompetencies => Lookup();
    public string UnmappedTitle => Lookup();
    public string UnmappedExplanation => Lookup();
    public string UnmappedSupportOffer => Lookup();
    public string ContactSupport => Lookup();
    public string RecommendedNone => Lookup();
    public string LevelActionPack => Lookup();
    public string LevelSilver => Lookup();
    public string LevelGold => Lookup();
    public string LevelMet => Lookup();
    public string LevelNotMet => Lookup();
    public string ColumnRequirement => Lookup();
    public string ColumnActual => Lookup();
    public string ColumnRequired => Lookup();
    public string RequirementMct => Lookup();
    public string RequirementExams => Lookup();
    public string RequirementKpi => Lookup();
    public string RequirementCommitment => Lookup();
    public string Yes => Lookup();
    public string No => Lookup();
    public string NoneYet => Lookup();
    public string PendingHeading => Lookup();
    public string PendingExplanation => Lookup();
    public string NextStepsHeading => Lookup();
    public string CovidNote => Lookup();
    public string UpgradeDiscountNote => Lookup();
    public string CheckAnother => Lookup();

    /// <summary>The culture's custom date pattern ("MMMM d, yyyy", "d MMMM yyyy"): long dates without a weekday.</summary>
    public string DateFormat => Lookup();

    public string MonthFormat => Lookup();

    public string DemoIdentity(string userName, string partnerName, string role) => Format(Lookup(), userName, partnerName, role);

    public string DemoCheckingAs(string userName, string partnerName) => Format(Lookup(), userName, partnerName);

    public string LevelAllMet(string level, string competency) => Format(Lookup(), level, competency);

    public string LevelMissing(string level, string competency) => Format(Lookup(), level, competency);

    public string RequirementGap(string requirement, string actual, string required) => Format(Lookup(), requirement, actual, required);

    public string CardTitle(string competency) => Format(Lookup(), competency);

    public string CardPartner(string partnerName, string mpnId) => Format(Lookup(), partnerName, mpnId);

    public string CardCheckedOn(DateOnly asOf, int programYear) => Format(Lookup(), Date(asOf), programYear.ToString(CultureInfo.InvariantCulture));

    public string Recommended(string level) => Format(Lookup(), level);

    public string RequirementSet(string programYear) => Format(Lookup(), programYear);

    public string MissingExams(IEnumerable<string> codes) => Format(Lookup(), string.Join(", ", codes));

    public string KpiWindow(DateOnly from, DateOnly to, DateOnly nextAnniversary) => Format(Lookup(), Date(from), Date(to), Date(nextAnniversary));

    public string PendingInvoice(string invoice, string omlpType, DateOnly invoiceMonth, string kpi, DateOnly visibleFrom) =>
        Format(Lookup(), invoice, omlpType, Month(invoiceMonth), kpi, Date(visibleFrom));

    public string InvoiceWillShow(DateOnly invoiceMonth, DateOnly visibleFrom) => Format(Lookup(), Month(invoiceMonth), Date(visibleFrom));

    public string InvoiceShown(DateOnly invoiceMonth, DateOnly visibleFrom) => Format(Lookup(), Month(invoiceMonth), Date(visibleFrom));

    public string Date(DateOnly date) => date.ToString(DateFormat, Culture);

    public string Month(DateOnly date) => date.ToString(MonthFormat, Culture);

    private string Format(string format, params object[] args) => string.Format(Culture, format, args);

    private string Lookup([CallerMemberName] string key = "") =>
        ResourceManager.GetString(key, Culture)
        ?? throw new MissingManifestResourceException($"Eligibility chat string '{key}' is missing from Eligibility/Chat/EligibilityChat.resx.");
}
