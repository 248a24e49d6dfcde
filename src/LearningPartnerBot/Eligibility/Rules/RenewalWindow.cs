namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// The renewal the check is about: the next anniversary on or after the check date, and the KPI window of the 12
/// full calendar months before that anniversary's month.
/// </summary>
public static class RenewalWindow
{
    public static KpiWindow For(DateOnly anniversaryDate, DateOnly asOf)
    {
        var next = NextAnniversary(anniversaryDate, asOf);
        var anniversaryMonth = new DateOnly(next.Year, next.Month, 1);
        return new KpiWindow(anniversaryMonth.AddMonths(-12), anniversaryMonth.AddDays(-1), next);
    }

    /// <summary>An anniversary that falls on the check date counts as the next one: the renewal is due that day.</summary>
    public static DateOnly NextAnniversary(DateOnly anniversaryDate, DateOnly asOf)
    {
        var thisYear = InYear(anniversaryDate, asOf.Year);
        return thisYear >= asOf ? thisYear : InYear(anniversaryDate, asOf.Year + 1);
    }

    /// <summary>A February 29 anniversary falls on February 28 in years without a February 29.</summary>
    private static DateOnly InYear(DateOnly anniversaryDate, int year) =>
        new(year, anniversaryDate.Month, Math.Min(anniversaryDate.Day, DateTime.DaysInMonth(year, anniversaryDate.Month)));

    /// <summary>True when the invoice month lies within the window (both are whole calendar months).</summary>
    public static bool Contains(this KpiWindow window, int year, int month)
    {
        ArgumentNullException.ThrowIfNull(window);
        var first = new DateOnly(year, month, 1);
        return first >= window.From && first <= window.To;
    }
}
