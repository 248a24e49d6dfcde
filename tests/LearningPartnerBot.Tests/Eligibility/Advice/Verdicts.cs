using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Advice;

/// <summary>Hand-written verdicts for one partner on 2021-03-10 with its anniversary on 2021-05-01.</summary>
internal static class Verdicts
{
    private static readonly DateOnly AsOf = new(2021, 3, 10);
    private static readonly KpiWindow Window = new(new DateOnly(2020, 5, 1), new DateOnly(2021, 4, 30), new DateOnly(2021, 5, 1));

    private static readonly LevelVerdict ActionPackMet = new(EnrollmentLevel.ActionPack, true, [Met(RequirementIds.Mct, new CountValue(2), new CountValue(1))]);
    private static readonly LevelVerdict SilverMet = new(EnrollmentLevel.Silver, true, [Met(RequirementIds.Mct, new CountValue(2), new CountValue(1)), Met(RequirementIds.Exams, Codes("AZ-104", "AZ-305"), Codes("AZ-104", "AZ-305"))]);
    private static readonly LevelVerdict GoldMet = new(EnrollmentLevel.Gold, true, [Met(RequirementIds.Kpi, new MoneyValue(30000m), new MoneyValue(25000m))]);

    public static EligibilityVerdict None() => Verdict(
        EnrollmentLevel.None,
        [
            new(EnrollmentLevel.ActionPack, false, [new(RequirementIds.Mct, false, new CountValue(0), new CountValue(1), [])]),
            new(EnrollmentLevel.Silver, false, [new(RequirementIds.Mct, false, new CountValue(0), new CountValue(2), [])]),
        ]);

    public static EligibilityVerdict ActionPack() => Verdict(
        EnrollmentLevel.ActionPack,
        [
            ActionPackMet,
            new(EnrollmentLevel.Silver, false,
            [
                Met(RequirementIds.Mct, new CountValue(2), new CountValue(1)),
                new(RequirementIds.Exams, false, Codes(), Codes("AZ-104", "AZ-305"), ["AZ-104", "AZ-305"]),
                new(RequirementIds.Commitment, false, new YesNoValue(false), new YesNoValue(true), []),
            ]),
        ]);

    /// <summary>Program year 2026 has no silver requirement set loaded, so silver cannot be met.</summary>
    public static EligibilityVerdict ActionPackWithoutSilverSet() => Verdict(
        EnrollmentLevel.ActionPack,
        [ActionPackMet, new(EnrollmentLevel.Silver, false, [new(RequirementIds.RequirementSet, false, null, new YearValue(2026), [])])]);

    public static EligibilityVerdict Silver() => Verdict(EnrollmentLevel.Silver, [ActionPackMet, SilverMet]);

    public static EligibilityVerdict SilverShortOfGold() => Verdict(
        EnrollmentLevel.Silver,
        [ActionPackMet, SilverMet, new(EnrollmentLevel.Gold, false, [new(RequirementIds.Kpi, false, new MoneyValue(12500.50m), new MoneyValue(25000m), [])])]);

    public static EligibilityVerdict GoldForSilverPartner() => Verdict(
        EnrollmentLevel.Gold,
        [ActionPackMet, SilverMet, GoldMet],
        pending: [new PendingInvoice("INV-9", "Courseware", 2021, 2, 1200m, new DateOnly(2021, 3, 15))],
        covid: true,
        upgrade: true,
        current: EnrollmentLevel.Silver);

    private static RequirementCheck Met(string id, RequirementValue actual, RequirementValue required) => new(id, true, actual, required, []);

    private static CodesValue Codes(params string[] codes) => new(codes);

    private static EligibilityVerdict Verdict(
        EnrollmentLevel recommended,
        IReadOnlyList<LevelVerdict> levels,
        IReadOnlyList<PendingInvoice>? pending = null,
        bool covid = false,
        bool upgrade = false,
        EnrollmentLevel current = EnrollmentLevel.None) =>
        new("1234567", "Cloud Platform", AsOf, recommended, Window, 2021, levels, pending ?? [], covid, upgrade, current);
}
