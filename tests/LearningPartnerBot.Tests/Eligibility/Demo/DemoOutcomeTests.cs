using System.Globalization;
using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Demo;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tests.Eligibility.Data;

namespace LearningPartnerBot.Tests.Eligibility.Demo;

/// <summary>
/// Each demo partner lands on its outcome whatever day the demo data is seeded and checked: leap days, year ends,
/// before and after the mid-month KPI refresh.
/// </summary>
public sealed class DemoOutcomeTests
{
    public static TheoryData<string> Days => ["2024-02-29", "2025-12-31", "2026-03-10", "2026-07-14", "2026-11-15", "2028-06-30", "2031-01-01"];

    [Theory]
    [MemberData(nameof(Days))]
    public async Task Every_demo_partner_gets_its_intended_outcome(string day)
    {
        var today = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        using var database = Seeded(today);
        var service = database.Service(today);

        Assert.Equal(EnrollmentLevel.None, (await service.CheckAsync(DemoPartners.NoneMpnId, DemoPartners.CloudPlatform)).Recommended);
        Assert.Equal(EnrollmentLevel.ActionPack, (await service.CheckAsync(DemoPartners.ActionPackMpnId, DemoPartners.CloudPlatform)).Recommended);
        Assert.Equal(EnrollmentLevel.Silver, (await service.CheckAsync(DemoPartners.SilverMpnId, DemoPartners.CloudPlatform)).Recommended);
        var covid = await service.CheckAsync(DemoPartners.CovidMpnId, DemoPartners.CloudPlatform);
        // None of these days makes a renewal in the first half of 2021 the next one, so nobody is offered the extension.
        Assert.Equal((EnrollmentLevel.Silver, false), (covid.Recommended, covid.CovidExtension));

        var gold = await service.CheckAsync(DemoPartners.GoldMpnId, DemoPartners.CloudPlatform);
        Assert.Equal((EnrollmentLevel.Gold, true, 0, false), (gold.Recommended, gold.UpgradeDiscount, gold.Pending.Count, gold.CovidExtension));

        var pending = await service.CheckAsync(DemoPartners.GoldWithPendingMpnId, DemoPartners.CloudPlatform);
        Assert.Equal(EnrollmentLevel.Gold, pending.Recommended);
        var invoice = Assert.Single(pending.Pending);
        Assert.Equal(new DateOnly(today.Year, today.Month, 15).AddMonths(1), invoice.VisibleFrom);

        var businessApplications = await service.CheckAsync(DemoPartners.BusinessApplicationsMpnId, DemoPartners.BusinessApplications);
        Assert.Equal((EnrollmentLevel.Gold, false), (businessApplications.Recommended, businessApplications.CovidExtension));
    }

    [Theory]
    [InlineData("2020-12-20")]
    [InlineData("2021-02-10")]
    [InlineData("2021-05-31")]
    public async Task While_renewals_fall_in_the_first_half_of_2021_the_covid_partner_gets_the_extension_and_business_applications_does_not(string day)
    {
        var today = DateOnly.Parse(day, CultureInfo.InvariantCulture);
        using var database = Seeded(today);
        var service = database.Service(today);

        var covid = await service.CheckAsync(DemoPartners.CovidMpnId, DemoPartners.CloudPlatform);
        var businessApplications = await service.CheckAsync(DemoPartners.BusinessApplicationsMpnId, DemoPartners.BusinessApplications);

        Assert.Equal((EnrollmentLevel.Silver, true), (covid.Recommended, covid.CovidExtension));
        Assert.Equal((EnrollmentLevel.Gold, false), (businessApplications.Recommended, businessApplications.CovidExtension));
    }

    [Fact]
    public async Task The_demo_users_cover_every_role_and_the_unlinked_demo_user_maps_to_nobody()
    {
        var today = new DateOnly(2026, 3, 10);
        using var database = Seeded(today);
        var service = database.Service(today);

        var identities = await Task.WhenAll(DemoPartners.Users.Select(u => service.FindUserAsync(u.AadObjectId, null)));

        Assert.All(identities, Assert.NotNull);
        Assert.Equal(Enum.GetValues<PartnerRole>().Order(), identities.Select(i => i!.Role).Distinct().Order());
        Assert.Null(await service.FindUserAsync(DemoIdentity.UnlinkedAadObjectId, null));
    }

    private static TempEligibilityDatabase Seeded(DateOnly today)
    {
        var database = new TempEligibilityDatabase();
        using var db = database.Open();
        DemoDataSeeder.SeedAsync(db, today).GetAwaiter().GetResult();
        return database;
    }
}
