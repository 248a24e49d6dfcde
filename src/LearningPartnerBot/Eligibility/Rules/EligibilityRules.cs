using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// The article's rules in one pure function: the same data and check date always give the same verdict, so the chat
/// and the staff API can never disagree and every rule is testable with a fixed date.
/// </summary>
public static class EligibilityRules
{
    /// <param name="partner">With its trainers, exams, commitments and KPI records loaded.</param>
    /// <param name="requirementSets">The requirement sets of any years; those of other competencies are ignored.</param>
    public static EligibilityVerdict Evaluate(Partner partner, Competency competency, IEnumerable<RequirementSet> requirementSets, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(competency);
        var sets = requirementSets
            .Where(s => string.Equals(s.Competency, competency.Name, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var window = RenewalWindow.For(partner.AnniversaryDate, asOf);
        var programYear = ProgramYears.Resolve(window.NextAnniversary.Year, competency.Name, sets);
        var kpi = InvoiceKpis.Tally(partner.Kpis, competency.Name, window, asOf);

        var gold = CompetencyLevelRule.Evaluate(EnrollmentLevel.Gold, SetFor(sets, programYear, CompetencyLevel.Gold), programYear, partner, kpi.Total, asOf);
        LevelVerdict[] levels =
        [
            ActionPackRule.Evaluate(partner, asOf),
            CompetencyLevelRule.Evaluate(EnrollmentLevel.Silver, SetFor(sets, programYear, CompetencyLevel.Silver), programYear, partner, kpi.Total, asOf),
            gold,
        ];

        return new EligibilityVerdict(
            partner.MpnId,
            competency.Name,
            asOf,
            Recommendation.Best(levels),
            window,
            programYear,
            levels,
            kpi.Pending,
            CovidExtension.AppliesTo(window, competency),
            Recommendation.UpgradeDiscount(partner, competency.Name, gold.Eligible),
            partner.EnrollmentLevel);
    }

    private static RequirementSet? SetFor(List<RequirementSet> sets, int programYear, CompetencyLevel level) =>
        sets.FirstOrDefault(s => s.ProgramYear == programYear && s.Level == level);
}
