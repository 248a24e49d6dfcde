using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class RenewalWindowTests
{
    [Fact]
    public void The_window_is_the_12_full_months_before_the_month_of_the_next_anniversary()
    {
        var window = RenewalWindow.For(new DateOnly(2019, 9, 10), new DateOnly(2025, 6, 20));

        Assert.Equal(new KpiWindow(new DateOnly(2024, 9, 1), new DateOnly(2025, 8, 31), new DateOnly(2025, 9, 10)), window);
    }

    [Fact]
    public void An_anniversary_on_the_check_date_is_the_next_one()
    {
        var window = RenewalWindow.For(new DateOnly(2019, 6, 20), new DateOnly(2025, 6, 20));

        Assert.Equal(new DateOnly(2025, 6, 20), window.NextAnniversary);
        Assert.Equal((new DateOnly(2024, 6, 1), new DateOnly(2025, 5, 31)), (window.From, window.To));
    }

    [Fact]
    public void An_anniversary_already_past_this_year_moves_the_window_to_next_year()
    {
        var window = RenewalWindow.For(new DateOnly(2019, 6, 19), new DateOnly(2025, 6, 20));

        Assert.Equal(new DateOnly(2026, 6, 19), window.NextAnniversary);
        Assert.Equal((new DateOnly(2025, 6, 1), new DateOnly(2026, 5, 31)), (window.From, window.To));
    }

    [Fact]
    public void A_January_anniversary_gives_the_previous_calendar_year()
    {
        var window = RenewalWindow.For(new DateOnly(2018, 1, 5), new DateOnly(2024, 12, 31));

        Assert.Equal(new KpiWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 5)), window);
    }

    [Fact]
    public void A_March_anniversary_window_spans_two_years_and_ends_on_February_29_in_a_leap_year()
    {
        var window = RenewalWindow.For(new DateOnly(2020, 3, 1), new DateOnly(2024, 1, 10));

        Assert.Equal((new DateOnly(2023, 3, 1), new DateOnly(2024, 2, 29)), (window.From, window.To));
        Assert.True(window.Contains(2024, 2));
        Assert.True(window.Contains(2023, 3));
        Assert.False(window.Contains(2023, 2));
        Assert.False(window.Contains(2024, 3));
    }

    [Fact]
    public void A_February_29_anniversary_falls_on_February_28_in_a_non_leap_year()
    {
        var window = RenewalWindow.For(new DateOnly(2024, 2, 29), new DateOnly(2025, 1, 1));

        Assert.Equal(new DateOnly(2025, 2, 28), window.NextAnniversary);
        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2025, 1, 31)), (window.From, window.To));
    }

    [Fact]
    public void A_February_29_anniversary_is_due_on_February_28_itself_and_next_year_the_day_after()
    {
        var anniversary = new DateOnly(2024, 2, 29);

        Assert.Equal(new DateOnly(2025, 2, 28), RenewalWindow.NextAnniversary(anniversary, new DateOnly(2025, 2, 28)));
        Assert.Equal(new DateOnly(2026, 2, 28), RenewalWindow.NextAnniversary(anniversary, new DateOnly(2025, 3, 1)));
    }

    [Fact]
    public void A_February_29_anniversary_stays_on_February_29_in_the_next_leap_year()
    {
        Assert.Equal(new DateOnly(2028, 2, 29), RenewalWindow.NextAnniversary(new DateOnly(2024, 2, 29), new DateOnly(2027, 3, 1)));
    }
}
