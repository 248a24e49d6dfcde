namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>The dates the demo partners are built from, all relative to the day they are seeded.</summary>
internal sealed class DemoDates(DateOnly today)
{
    /// <summary>
    /// The first of the month three months ahead, in 2015: the next anniversary is 2 to 3 months away, so the KPI
    /// window runs from about 9 months ago to next month and holds this month's (pending) invoices too. A fixed
    /// year well before 2021, so no demo partner but the COVID one ever records an anniversary in the COVID window.
    /// </summary>
    public DateOnly Anniversary { get; } = new(2015, today.AddMonths(3).Month, 1);

    /// <summary>
    /// A first-of-month in January to June 2021 whose next occurrence is 1 to 7 months away, so the window still
    /// holds invoices from 2 to 4 months ago.
    /// </summary>
    public DateOnly CovidWindowAnniversary { get; } = new(2021, today.Month <= 5 ? today.Month + 1 : 1, 1);

    public DateOnly Certified { get; } = today.AddYears(1);

    public DateOnly Expired { get; } = today.AddDays(-60);

    public DateOnly Passed { get; } = today.AddDays(-200);

    public DateOnly Committed { get; } = today.AddDays(-300);

    /// <summary>The first day of the month <paramref name="offset"/> months from today (0 = this month).</summary>
    public DateOnly Months(int offset) => new DateOnly(today.Year, today.Month, 1).AddMonths(offset);
}
