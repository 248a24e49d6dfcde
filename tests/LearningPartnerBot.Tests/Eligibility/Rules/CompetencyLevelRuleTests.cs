using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class CompetencyLevelRuleTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 20);

    [Fact]
    public void A_partner_meeting_every_requirement_is_eligible_with_a_row_per_requirement()
    {
        var partner = Sample.Partner(AsOf).WithTrainers(AsOf, AsOf).WithExams(AsOf, "AZ-104", "AZ-305").WithCommitment("Cloud Platform", AsOf);

        var verdict = CompetencyLevelRule.Evaluate(EnrollmentLevel.Gold, Sample.Gold(2025, minKpi: 1250m), 2025, partner, 1250m, AsOf);

        Assert.True(verdict.Eligible);
        Assert.Equal(
            [
                new RequirementCheck(RequirementIds.Commitment, true, new YesNoValue(true), new YesNoValue(true), []),
                new RequirementCheck(RequirementIds.Mct, true, new CountValue(2), new CountValue(2), []),
                new RequirementCheck(RequirementIds.Exams, true, new CodesValue(["AZ-104", "AZ-305"]), new CodesValue(["AZ-104", "AZ-305"]), []),
                new RequirementCheck(RequirementIds.Kpi, true, new MoneyValue(1250m), new MoneyValue(1250m), []),
            ],
            verdict.Requirements,
            new RequirementCheckComparer());
    }

    [Fact]
    public void Exams_not_passed_by_the_check_date_are_listed_as_missing()
    {
        var partner = Sample.Partner(AsOf).WithExams(AsOf, "az-305").WithExams(AsOf.AddDays(1), "AZ-104");

        var exams = Row(CompetencyLevelRule.Evaluate(EnrollmentLevel.Gold, Sample.Gold(2025), 2025, partner, 0m, AsOf), RequirementIds.Exams);

        Assert.False(exams.Met);
        Assert.Equal(new CodesValue(["AZ-305"]), exams.Actual);
        Assert.Equal(new CodesValue(["AZ-104", "AZ-305"]), exams.Required);
        Assert.Equal(["AZ-104"], exams.Missing);
    }

    [Fact]
    public void A_KPI_short_of_the_minimum_fails_only_the_KPI_row()
    {
        var partner = Sample.Partner(AsOf).WithTrainers(AsOf, AsOf).WithExams(AsOf, "AZ-104", "AZ-305").WithCommitment("Cloud Platform", AsOf);

        var verdict = CompetencyLevelRule.Evaluate(EnrollmentLevel.Gold, Sample.Gold(2025, minKpi: 1000m), 2025, partner, 999.5m, AsOf);

        Assert.False(verdict.Eligible);
        Assert.Equal([RequirementIds.Kpi], verdict.Requirements.Where(r => !r.Met).Select(r => r.Id));
        Assert.Equal(new MoneyValue(999.5m), Row(verdict, RequirementIds.Kpi).Actual);
        Assert.Equal(new MoneyValue(1000m), Row(verdict, RequirementIds.Kpi).Required);
    }

    [Fact]
    public void Requirements_the_set_does_not_ask_for_get_no_row()
    {
        var set = Sample.Silver(2025, minMcts: 0, exams: [], minKpi: null, commitment: false);

        var verdict = CompetencyLevelRule.Evaluate(EnrollmentLevel.Silver, set, 2025, Sample.Partner(AsOf), 0m, AsOf);

        Assert.True(verdict.Eligible);
        Assert.Empty(verdict.Requirements);
    }

    [Fact]
    public void A_commitment_counts_only_for_its_competency_and_once_made()
    {
        var set = Sample.Silver(2025);
        var otherCompetency = Sample.Partner(AsOf).WithCommitment("Security", AsOf);
        var tomorrow = Sample.Partner(AsOf).WithCommitment("Cloud Platform", AsOf.AddDays(1));
        var otherCase = Sample.Partner(AsOf).WithCommitment("cloud platform", AsOf);

        Assert.Equal(new YesNoValue(false), Row(CompetencyLevelRule.Evaluate(EnrollmentLevel.Silver, set, 2025, otherCompetency, 0m, AsOf), RequirementIds.Commitment).Actual);
        Assert.False(Row(CompetencyLevelRule.Evaluate(EnrollmentLevel.Silver, set, 2025, tomorrow, 0m, AsOf), RequirementIds.Commitment).Met);
        Assert.True(Row(CompetencyLevelRule.Evaluate(EnrollmentLevel.Silver, set, 2025, otherCase, 0m, AsOf), RequirementIds.Commitment).Met);
    }

    [Fact]
    public void A_level_without_a_requirement_set_cannot_be_met_and_says_which_year_is_missing()
    {
        var partner = Sample.Partner(AsOf).WithTrainers(AsOf, AsOf, AsOf);

        var verdict = CompetencyLevelRule.Evaluate(EnrollmentLevel.Gold, null, 2026, partner, 1_000_000m, AsOf);

        Assert.False(verdict.Eligible);
        Assert.Equal([new RequirementCheck(RequirementIds.RequirementSet, false, null, new YearValue(2026), [])], verdict.Requirements, new RequirementCheckComparer());
    }

    private static RequirementCheck Row(LevelVerdict verdict, string id) => verdict.Requirements.Single(r => r.Id == id);
}
