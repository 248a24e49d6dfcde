namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// When an invoice shows on the KPI dashboard. The reports refresh once a month, mid-month, so a record of invoice
/// month M becomes visible on the 15th of month M+1 (a December invoice on January 15 of the next year).
/// </summary>
public static class KpiVisibility
{
    public const int RefreshDay = 15;

    public static DateOnly VisibleFrom(int year, int month) =>
        new DateOnly(year, month, 1).AddMonths(1).AddDays(RefreshDay - 1);

    public static bool IsVisible(int year, int month, DateOnly asOf) => VisibleFrom(year, month) <= asOf;
}
