using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class CovidExtensionTests
{
    [Theory]
    [InlineData("2020-12-31", false)]
    [InlineData("2021-01-01", true)]
    [InlineData("2021-03-15", true)]
    [InlineData("2021-06-30", true)]
    [InlineData("2021-07-01", false)]
    public void Anniversaries_from_January_1_to_June_30_2021_inclusive_get_the_extension(string anniversary, bool expected)
    {
        Assert.Equal(expected, CovidExtension.Applies(Date(anniversary), Sample.CloudPlatform));
    }

    [Theory]
    [InlineData("2021-01-01")]
    [InlineData("2021-06-30")]
    public void Cloud_Business_Applications_never_gets_the_extension(string anniversary)
    {
        Assert.False(CovidExtension.Applies(Date(anniversary), Sample.CloudBusinessApplications));
    }

    [Fact]
    public void The_verdict_looks_at_the_anniversary_being_renewed()
    {
        var partner = Sample.Partner(new DateOnly(2015, 3, 1));

        Assert.True(EligibilityRules.Evaluate(partner, Sample.CloudPlatform, [], new DateOnly(2021, 2, 1)).CovidExtension);
        // After March 1, 2021 the next renewal is in 2022: no extension any more.
        Assert.False(EligibilityRules.Evaluate(partner, Sample.CloudPlatform, [], new DateOnly(2021, 3, 2)).CovidExtension);
        Assert.False(EligibilityRules.Evaluate(partner, Sample.CloudBusinessApplications, [], new DateOnly(2021, 2, 1)).CovidExtension);
    }

    [Fact]
    public void A_recorded_anniversary_in_the_first_half_of_2021_does_not_extend_a_renewal_in_another_year()
    {
        // Recorded as January 1, 2021 and checked in December 2026: the renewal checked is January 1, 2027.
        var partner = Sample.Partner(new DateOnly(2021, 1, 1));

        var verdict = EligibilityRules.Evaluate(partner, Sample.CloudPlatform, [], new DateOnly(2026, 12, 15));

        Assert.Equal(new DateOnly(2027, 1, 1), verdict.Window.NextAnniversary);
        Assert.False(verdict.CovidExtension);
    }

    [Theory]
    [InlineData("2020-12-31", true)]
    [InlineData("2021-06-30", true)]
    [InlineData("2021-07-01", false)]
    public void The_same_recorded_anniversary_is_extended_only_while_its_2021_renewal_is_the_next_one(string checkedOn, bool expected)
    {
        var partner = Sample.Partner(new DateOnly(2021, 6, 30));

        Assert.Equal(expected, EligibilityRules.Evaluate(partner, Sample.CloudPlatform, [], Date(checkedOn)).CovidExtension);
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
