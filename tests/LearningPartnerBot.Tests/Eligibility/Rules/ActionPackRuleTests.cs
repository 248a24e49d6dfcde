using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class ActionPackRuleTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 20);

    [Fact]
    public void One_MCT_certified_through_the_check_date_is_enough()
    {
        var verdict = ActionPackRule.Evaluate(Sample.Partner(AsOf).WithTrainers(AsOf), AsOf);

        Assert.Equal(EnrollmentLevel.ActionPack, verdict.Level);
        Assert.True(verdict.Eligible);
        Assert.Equal([new RequirementCheck(RequirementIds.Mct, true, new CountValue(1), new CountValue(1), [])], verdict.Requirements, new RequirementCheckComparer());
    }

    [Fact]
    public void An_MCT_whose_certification_ended_the_day_before_does_not_count()
    {
        var verdict = ActionPackRule.Evaluate(Sample.Partner(AsOf).WithTrainers(AsOf.AddDays(-1)), AsOf);

        Assert.False(verdict.Eligible);
        Assert.Equal(new CountValue(0), verdict.Requirements[0].Actual);
        Assert.Equal(new CountValue(1), verdict.Requirements[0].Required);
    }

    [Fact]
    public void No_KPI_is_needed()
    {
        var partner = Sample.Partner(AsOf).WithTrainers(AsOf.AddYears(1));

        var verdict = ActionPackRule.Evaluate(partner, AsOf);

        Assert.True(verdict.Eligible);
        Assert.DoesNotContain(verdict.Requirements, r => r.Id == RequirementIds.Kpi);
    }
}
