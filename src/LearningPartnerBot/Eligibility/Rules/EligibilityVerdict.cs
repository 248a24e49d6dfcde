using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// Everything the rules conclude for one partner, competency and check date. The chat card and the staff API both
/// render this one object, so they can never disagree.
/// </summary>
public sealed record EligibilityVerdict(
    string MpnId,
    string Competency,
    DateOnly AsOf,
    EnrollmentLevel Recommended,
    KpiWindow Window,
    int ProgramYear,
    IReadOnlyList<LevelVerdict> Levels,
    IReadOnlyList<PendingInvoice> Pending,
    bool CovidExtension,
    bool UpgradeDiscount,
    EnrollmentLevel CurrentEnrollment);

/// <summary>
/// The KPI window: the 12 full calendar months before the month of the next anniversary on or after the check date.
/// </summary>
public sealed record KpiWindow(DateOnly From, DateOnly To, DateOnly NextAnniversary);

/// <summary>One level (actionPack, silver or gold) with each requirement checked.</summary>
public sealed record LevelVerdict(EnrollmentLevel Level, bool Eligible, IReadOnlyList<RequirementCheck> Requirements);

/// <summary>
/// One requirement: <see cref="Id"/> is one of <see cref="RequirementIds"/>; actual and required are typed values
/// that each reader formats. Actual is null when there is nothing to hold against the requirement (a missing
/// requirement set). Missing lists what is lacking (exam codes not passed), empty when met.
/// </summary>
public sealed record RequirementCheck(string Id, bool Met, RequirementValue? Actual, RequirementValue Required, IReadOnlyList<string> Missing);

/// <summary>An invoice line inside the window that the KPI dashboard does not show yet, so it is not counted.</summary>
public sealed record PendingInvoice(string Invoice, string OmlpType, int Year, int Month, decimal KpiValue, DateOnly VisibleFrom);

/// <summary>The stable ids of requirements, used by the API, the card and the localized texts.</summary>
public static class RequirementIds
{
    public const string Mct = "mct";
    public const string Exams = "exams";
    public const string Kpi = "kpi";
    public const string Commitment = "commitment";

    /// <summary>
    /// Stands alone in a level that has no requirement set for the program year: the level cannot be met (actual is
    /// null, required is the program year), because the rules never guess what an unloaded year asks for.
    /// </summary>
    public const string RequirementSet = "requirementSet";
}
