using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>
/// Sample partners that each land on one outcome of the rules, whatever the date: every date (anniversaries, MCT
/// certifications, invoice months) is placed relative to "today", so the outcomes hold on any day they are seeded.
/// Invoices sit 2 to 4 months back (always visible, always inside the window) and a pending one in the current month
/// (visible only from the 15th of next month). Names and numbers are made up.
/// </summary>
public static class DemoPartners
{
    public const string CloudPlatform = "Cloud Platform";
    public const string BusinessApplications = "Cloud Business Applications";

    /// <summary>No MCT certified today: no Learning option at all.</summary>
    public const string NoneMpnId = "1000001";

    /// <summary>One certified MCT and nothing else: the Learning Action Pack.</summary>
    public const string ActionPackMpnId = "1000002";

    /// <summary>Cloud Platform silver requirements met, KPI below the gold minimum.</summary>
    public const string SilverMpnId = "1000003";

    /// <summary>Enrolled in Cloud Platform silver and now meeting gold: gold, with the upgrade discount.</summary>
    public const string GoldMpnId = "1000004";

    /// <summary>Gold on visible invoices, plus an invoice of this month that is pending.</summary>
    public const string GoldWithPendingMpnId = "1000005";

    /// <summary>Anniversary recorded in the first half of 2021: silver, offered the COVID-19 extension only when the check date makes that 2021 renewal the next one.</summary>
    public const string CovidMpnId = "1000006";

    /// <summary>Gold in Cloud Business Applications; anniversary in the COVID-19 window, but the competency is excluded.</summary>
    public const string BusinessApplicationsMpnId = "1000007";

    public static IReadOnlyList<DemoIdentity> Users { get; } =
    [
        new("demo-nadia-northwind", "Nadia", "Northwind Traders", PartnerRole.MpnPartnerAdmin),
        new("demo-felix-fabrikam", "Felix", "Fabrikam Training", PartnerRole.AccountAdmin),
        new("demo-ada-adventureworks", "Ada", "Adventure Works Learning", PartnerRole.MpnPartnerAdmin),
        new("demo-omar-adventureworks", "Omar", "Adventure Works Learning", PartnerRole.Other),
        new("demo-anna-contoso", "Anna", "Contoso Learning", PartnerRole.MpnPartnerAdmin),
        new("demo-ben-contoso", "Ben", "Contoso Learning", PartnerRole.AccountAdmin),
        new("demo-carla-contoso", "Carla", "Contoso Learning", PartnerRole.Other),
        new("demo-tom-tailspin", "Tom", "Tailspin Academy", PartnerRole.MpnPartnerAdmin),
        new("demo-priya-tailspin", "Priya", "Tailspin Academy", PartnerRole.Other),
        new("demo-willem-woodgrove", "Willem", "Woodgrove Skills", PartnerRole.MpnPartnerAdmin),
        new("demo-lale-litware", "Lale", "Litware Dynamics", PartnerRole.AccountAdmin),
        new("demo-kemal-litware", "Kemal", "Litware Dynamics", PartnerRole.Other),
    ];

    public static IReadOnlyList<string> MpnIds { get; } =
        [NoneMpnId, ActionPackMpnId, SilverMpnId, GoldMpnId, GoldWithPendingMpnId, CovidMpnId, BusinessApplicationsMpnId];

    public static IReadOnlyList<Partner> Build(DateOnly today)
    {
        var dates = new DemoDates(today);
        DemoPartnerBuilder[] partners =
        [
            new DemoPartnerBuilder(NoneMpnId, "Northwind Traders", "US", dates.Anniversary).Trainer("Noah Wright", dates.Expired),
            new DemoPartnerBuilder(ActionPackMpnId, "Fabrikam Training", "DE", dates.Anniversary).Trainer("Fiona Berg", dates.Certified),
            new DemoPartnerBuilder(SilverMpnId, "Adventure Works Learning", "NL", dates.Anniversary)
                .Trainer("Sanne de Vries", dates.Certified).Exams(dates.Passed, "AZ-104").Commitment(CloudPlatform, dates.Committed)
                .Invoices(CloudPlatform, "EUR", (dates.Months(-2), 25), (dates.Months(-3), 15)),
            new DemoPartnerBuilder(GoldMpnId, "Contoso Learning", "US", dates.Anniversary).Enrolled(EnrollmentLevel.Silver, CloudPlatform)
                .Trainer("Chris Miller", dates.Certified).Trainer("Dana Lee", dates.Certified)
                .Exams(dates.Passed, "AZ-104", "AZ-305").Commitment(CloudPlatform, dates.Committed)
                .Invoices(CloudPlatform, "USD", (dates.Months(-2), 60), (dates.Months(-3), 50), (dates.Months(-4), 40)),
            new DemoPartnerBuilder(GoldWithPendingMpnId, "Tailspin Academy", "GB", dates.Anniversary)
                .Trainer("Tariq Khan", dates.Certified).Trainer("Emma Jones", dates.Certified)
                .Exams(dates.Passed, "AZ-104", "AZ-305").Commitment(CloudPlatform, dates.Committed)
                .Invoices(CloudPlatform, "GBP", (dates.Months(-2), 70), (dates.Months(-4), 45), (dates.Months(0), 30)),
            new DemoPartnerBuilder(CovidMpnId, "Woodgrove Skills", "BE", dates.CovidWindowAnniversary)
                .Trainer("Lotte Peeters", dates.Certified).Exams(dates.Passed, "AZ-104").Commitment(CloudPlatform, dates.Committed),
            new DemoPartnerBuilder(BusinessApplicationsMpnId, "Litware Dynamics", "TR", dates.CovidWindowAnniversary)
                .Trainer("Elif Yılmaz", dates.Certified).Trainer("Mehmet Demir", dates.Certified)
                .Exams(dates.Passed, "MB-910", "MB-210").Commitment(BusinessApplications, dates.Committed)
                .Invoices(BusinessApplications, "TRY", (dates.Months(-2), 40), (dates.Months(-3), 35)),
        ];
        return [.. partners.Select(p => p.ToPartner(Users))];
    }
}
