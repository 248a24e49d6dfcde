using System.Globalization;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>How the staff pages write ticket values: English labels, UTC times, amounts as staff read them.</summary>
internal static class StaffDisplay
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Label(TicketStatus status) => status switch
    {
        TicketStatus.New => "New",
        TicketStatus.InProgress => "In progress",
        TicketStatus.WaitingOnPartner => "Waiting on partner",
        TicketStatus.Resolved => "Resolved",
        TicketStatus.Rejected => "Rejected",
        _ => status.ToString(),
    };

    public static string Label(TicketType type) => type switch
    {
        TicketType.KpiDiscrepancy => "KPI discrepancy",
        TicketType.DirectoryListing => "Directory listing",
        TicketType.General => "General request",
        _ => type.ToString(),
    };

    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute.</summary>
    public static string IsoTime(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Amount(decimal value) => value.ToString("#,0.##", English);

    public static string Month(int month, int year) =>
        month is >= 1 and <= 12
            ? string.Create(CultureInfo.InvariantCulture, $"{English.DateTimeFormat.GetMonthName(month)} {year} ({year:D4}-{month:D2})")
            : string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string YesNo(bool value) => value ? "Yes" : "No";
}
