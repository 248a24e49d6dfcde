using LearningPartnerBot.Eligibility.Api;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tests.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Api;

/// <summary>The requirement values API callers receive, as JSON text, for a verdict straight from the rules.</summary>
public sealed class RequirementJsonTests
{
    private static readonly DateOnly AsOf = new(2025, 6, 20);

    [Fact]
    public void Counts_and_KPI_totals_are_plain_numbers_exams_arrays_the_commitment_a_boolean_and_a_missing_set_its_year()
    {
        // Stored KPI lines carry two decimals; their total goes out as 1500, not 1500.00.
        var partner = Sample.Partner(new DateOnly(2019, 9, 1))
            .WithTrainers(AsOf)
            .WithExams(AsOf, "AZ-104")
            .WithKpi(2025, 4, 1250.50m)
            .WithKpi(2025, 5, 249.50m);
        var verdict = EligibilityRules.Evaluate(partner, Sample.CloudPlatform, [Sample.Gold(2025, minKpi: 1000.00m)], AsOf);

        var levels = EligibilityResponse.From(verdict, []).Levels;

        Assert.Equal([("mct", "1", "1")], Json(levels[0]));
        Assert.Equal([("requirementSet", null, "2025")], Json(levels[1]));
        Assert.Equal(
            [
                ("commitment", "false", "true"),
                ("mct", "1", "2"),
                ("exams", """["AZ-104"]""", """["AZ-104","AZ-305"]"""),
                ("kpi", "1500", "1000"),
            ],
            Json(levels[2]));
    }

    private static IEnumerable<(string Id, string? Actual, string? Required)> Json(LevelResponse level) =>
        level.Requirements.Select(r => (r.Id, r.Actual?.ToJsonString(), r.Required?.ToJsonString()));
}
