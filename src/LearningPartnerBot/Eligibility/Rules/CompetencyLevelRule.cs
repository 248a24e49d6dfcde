using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// Silver or gold for a competency: every requirement the year's set asks for (commitment, MCTs, exams, KPI minimum).
/// Only what the set asks for gets a row; a level without a set gets one unmet <see cref="RequirementIds.RequirementSet"/> row.
/// </summary>
public static class CompetencyLevelRule
{
    public static LevelVerdict Evaluate(EnrollmentLevel level, RequirementSet? set, int programYear, Partner partner, decimal visibleKpi, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (set is null)
        {
            return new LevelVerdict(level, false, [new RequirementCheck(RequirementIds.RequirementSet, false, null, new YearValue(programYear), [])]);
        }

        var checks = new List<RequirementCheck>();
        if (set.PerformanceCommitmentRequired)
        {
            var committed = PartnerFacts.HasCommitted(partner, set.Competency, asOf);
            checks.Add(new RequirementCheck(RequirementIds.Commitment, committed, new YesNoValue(committed), new YesNoValue(true), []));
        }

        if (set.MinMcts > 0)
        {
            var trainers = PartnerFacts.CertifiedTrainers(partner, asOf);
            checks.Add(new RequirementCheck(RequirementIds.Mct, trainers >= set.MinMcts, new CountValue(trainers), new CountValue(set.MinMcts), []));
        }

        if (set.RequiredExams.Count > 0)
        {
            checks.Add(ExamCheck(set.RequiredExams, PartnerFacts.PassedExamCodes(partner, asOf)));
        }

        if (set.MinKpi is { } minKpi)
        {
            checks.Add(new RequirementCheck(RequirementIds.Kpi, visibleKpi >= minKpi, new MoneyValue(visibleKpi), new MoneyValue(minKpi), []));
        }

        return new LevelVerdict(level, checks.TrueForAll(c => c.Met), checks);
    }

    private static RequirementCheck ExamCheck(IReadOnlyList<string> required, ISet<string> passed)
    {
        var have = required.Where(passed.Contains).ToList();
        var missing = required.Where(code => !passed.Contains(code)).ToList();
        return new RequirementCheck(RequirementIds.Exams, missing.Count == 0, new CodesValue(have), new CodesValue([.. required]), missing);
    }
}
