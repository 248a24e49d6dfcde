using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Advice;

/// <summary>Hand-written verdicts for one partner on 2021-03-10 with its anniversary on 2021-05-01.</summary>
internal static class Verdicts
{
    private static readonly DateOnly AsOf = new(2021, 3, 10);
    private static readonly KpiWindow Window = new(new DateOnly(2020, 5, 1), new DateOnly(2021, 4, 30), new DateOnly(2021, 5, 1));

    private static readonly LevelVerdict ActionPackMet = new(EnrollmentLevel.ActionPack, true, [Met(RequirementIds.Mct, "2", "1")]);
    private static readonly LevelVerdict SilverMet = new(EnrollmentLevel.Silver, true, [Met(RequirementIds.Mct, "2", "1"), Met(RequirementIds.Exams, "AZ-104, AZ-305", "AZ-104, AZ-305")]);
    private static readonly LevelVerdict GoldMet = new(EnrollmentLevel.Gold, true, [Met(RequirementIds.Kpi, "30000", "25000")]);

    public static EligibilityVerdict None() => Verdict(
        EnrollmentLevel.None,
        [
            new(EnrollmentLevel.ActionPack, false, [new(RequirementIds.Mct, false, "0", "1", [])]),
            new(EnrollmentLevel.Silver, false, [new(RequirementIds.Mct, false, "0", "2", [])]),
        ]);

    public static EligibilityVerdict ActionPack() => Verdict(
        EnrollmentLevel.ActionPack,
        [
            ActionPackMet,
            new(EnrollmentLevel.Silver, false,
            [
                Met(RequirementIds.Mct, "2", "1"),
                new(RequirementIds.Exams, false, "", "AZ-104, AZ-305", ["AZ-104", "AZ-305"]),
                new(RequirementIds.Commitment, false, "no", "yes", []),
            ]),
        ]);

    public static EligibilityVerdict Silver() => Verdict(EnrollmentLevel.Silver, [ActionPackMet, SilverMet]);

    public static EligibilityVerdict SilverShortOfGold() => Verdict(
        EnrollmentLevel.Silver,
        [ActionPackMet, SilverMet, new(EnrollmentLevel.Gold, false, [new(RequirementIds.Kpi, false, "12500.50", "25000", [])])]);

    public static EligibilityVerdict GoldForSilverPartner() => Verdict(
        EnrollmentLevel.Gold,
        [ActionPackMet, SilverMet, GoldMet],
        pending: [new PendingInvoice("INV-9", "Courseware", 2021, 2, 1200m, new DateOnly(2021, 3, 15))],
        covid: true,
        upgrade: true,
        current: EnrollmentLevel.Silver);

    private static RequirementCheck Met(string id, string actual, string required) => new(id, true, actual, required, []);

    private static EligibilityVerdict Verdict(
        EnrollmentLevel recommended,
        IReadOnlyList<LevelVerdict> levels,
        IReadOnlyList<PendingInvoice>? pending = null,
        bool covid = false,
        bool upgrade = false,
        EnrollmentLevel current = EnrollmentLevel.None) =>
        new("1234567", "Cloud Platform", AsOf, recommended, Window, 2021, levels, pending ?? [], covid, upgrade, current);
}
