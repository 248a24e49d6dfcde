using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class ProgramYearsTests
{
    private static readonly RequirementSet[] Loaded =
    [
        Sample.Silver(2022), Sample.Silver(2024), Sample.Gold(2024), Sample.Silver(2027),
        Sample.Silver(2025, competency: "Security"),
    ];

    [Fact]
    public void The_program_year_is_the_year_of_the_next_anniversary_when_it_is_loaded()
    {
        Assert.Equal(2024, ProgramYears.Resolve(2024, "Cloud Platform", Loaded));
    }

    [Fact]
    public void A_year_not_loaded_falls_back_to_the_latest_earlier_year_of_that_competency()
    {
        // 2025 exists only for Security, and 2027 lies ahead: neither applies to Cloud Platform in 2025.
        Assert.Equal(2024, ProgramYears.Resolve(2025, "Cloud Platform", Loaded));
        Assert.Equal(2022, ProgramYears.Resolve(2023, "cloud platform", Loaded));
    }

    [Fact]
    public void Without_any_earlier_set_the_anniversary_year_stays()
    {
        Assert.Equal(2021, ProgramYears.Resolve(2021, "Cloud Platform", Loaded));
        Assert.Equal(2030, ProgramYears.Resolve(2030, "Data Analytics", Loaded));
    }

    [Fact]
    public void The_verdict_applies_the_fallback_years_requirements()
    {
        var partner = Sample.Partner(new DateOnly(2020, 9, 1)).WithTrainers(new DateOnly(2026, 1, 1))
            .WithExams(new DateOnly(2024, 1, 1), "AZ-104").WithCommitment("Cloud Platform", new DateOnly(2024, 1, 1));
        // Only 2023 is loaded: a 2025 anniversary is judged by 2023's silver set (one MCT, AZ-104).
        var verdict = EligibilityRules.Evaluate(partner, Sample.CloudPlatform, [Sample.Silver(2023)], new DateOnly(2025, 6, 1));

        Assert.Equal(2023, verdict.ProgramYear);
        Assert.Equal(EnrollmentLevel.Silver, verdict.Recommended);
    }
}
