using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class KpiVisibilityTests
{
    [Fact]
    public void A_January_2020_invoice_shows_on_February_15_2020_not_2019_as_the_articles_typo_says()
    {
        Assert.Equal(new DateOnly(2020, 2, 15), KpiVisibility.VisibleFrom(2020, 1));
    }

    [Fact]
    public void A_December_invoice_shows_on_January_15_of_the_next_year()
    {
        Assert.Equal(new DateOnly(2025, 1, 15), KpiVisibility.VisibleFrom(2024, 12));
    }

    [Theory]
    [InlineData(2024, 1, "2024-02-15")]
    [InlineData(2024, 2, "2024-03-15")]
    [InlineData(2023, 11, "2023-12-15")]
    public void An_invoice_of_month_M_shows_on_the_15th_of_month_M_plus_1(int year, int month, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KpiVisibility.VisibleFrom(year, month));
    }

    [Fact]
    public void The_invoice_is_hidden_on_the_14th_and_visible_from_the_15th()
    {
        Assert.False(KpiVisibility.IsVisible(2024, 12, new DateOnly(2025, 1, 14)));
        Assert.True(KpiVisibility.IsVisible(2024, 12, new DateOnly(2025, 1, 15)));
    }
}
