using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Tests.Eligibility.Rules;

public sealed class EligibilityRulesTests
{
    // Anniversary September 1: checked on 2025-06-20, the window is September 2024 to August 2025, program year 2025.
    private static readonly DateOnly Anniversary = new(2019, 9, 1);
    private static readonly DateOnly AsOf = new(2025, 6, 20);
    private static readonly DateOnly Certified = new(2026, 1, 31);
    private static readonly RequirementSet[] Sets = [Sample.Silver(2025, minKpi: 200m), Sample.Gold(2025, minKpi: 1000m)];

    [Fact]
    public void A_partner_meeting_gold_is_recommended_gold_with_the_levels_in_order()
    {
        var verdict = Evaluate(GoldReady().WithKpi(2025, 5, 1000m));

        Assert.Equal(EnrollmentLevel.Gold, verdict.Recommended);
        Assert.Equal([EnrollmentLevel.ActionPack, EnrollmentLevel.Silver, EnrollmentLevel.Gold], verdict.Levels.Select(l => l.Level));
        Assert.All(verdict.Levels, l => Assert.True(l.Eligible));
        Assert.Equal((Sample.MpnId, "Cloud Platform", AsOf, 2025), (verdict.MpnId, verdict.Competency, verdict.AsOf, verdict.ProgramYear));
    }

    [Fact]
    public void Gold_short_on_KPI_falls_back_to_silver()
    {
        var verdict = Evaluate(GoldReady().WithKpi(2025, 5, 999m));

        Assert.Equal(EnrollmentLevel.Silver, verdict.Recommended);
        Assert.Equal([true, true, false], verdict.Levels.Select(l => l.Eligible));
    }

    [Fact]
    public void Gold_and_silver_both_short_fall_back_to_the_action_pack()
    {
        // One MCT and no exams: silver needs AZ-104 and a commitment.
        var verdict = Evaluate(Sample.Partner(Anniversary).WithTrainers(Certified).WithKpi(2025, 5, 5000m));

        Assert.Equal(EnrollmentLevel.ActionPack, verdict.Recommended);
        var silver = verdict.Levels[1];
        Assert.Equal([RequirementIds.Commitment, RequirementIds.Exams], silver.Requirements.Where(r => !r.Met).Select(r => r.Id));
    }

    [Fact]
    public void Without_a_certified_MCT_nothing_is_recommended()
    {
        var verdict = Evaluate(Sample.Partner(Anniversary).WithTrainers(AsOf.AddDays(-1)).WithKpi(2025, 5, 5000m));

        Assert.Equal(EnrollmentLevel.None, verdict.Recommended);
    }

    [Fact]
    public void A_pending_invoice_is_listed_and_not_counted_so_gold_waits()
    {
        var verdict = Evaluate(GoldReady().WithKpi(2025, 5, 600m).WithKpi(2025, 6, 600m, invoice: "INV-JUNE"));

        Assert.Equal(EnrollmentLevel.Silver, verdict.Recommended);
        Assert.Equal(new MoneyValue(600m), verdict.Levels[2].Requirements.Single(r => r.Id == RequirementIds.Kpi).Actual);
        var pending = Assert.Single(verdict.Pending);
        Assert.Equal(("INV-JUNE", new DateOnly(2025, 7, 15)), (pending.Invoice, pending.VisibleFrom));
    }

    [Fact]
    public void Order_confirmations_and_partner_reports_do_not_lift_a_partner_to_gold()
    {
        var verdict = Evaluate(GoldReady()
            .WithKpi(2025, 1, 5000m, type: KpiDocumentType.OrderConfirmation)
            .WithKpi(2025, 2, 5000m, type: KpiDocumentType.PartnerReport)
            .WithKpi(2025, 3, 250m));

        Assert.Equal(EnrollmentLevel.Silver, verdict.Recommended);
        Assert.Equal(new MoneyValue(250m), verdict.Levels[2].Requirements.Single(r => r.Id == RequirementIds.Kpi).Actual);
    }

    [Fact]
    public void An_expired_MCT_does_not_count_toward_gold()
    {
        var partner = GoldReady().WithKpi(2025, 5, 1000m);
        partner.Trainers[1].CertifiedUntil = AsOf.AddDays(-1);

        var verdict = Evaluate(partner);

        Assert.Equal(EnrollmentLevel.Silver, verdict.Recommended);
        var mct = verdict.Levels[2].Requirements.Single(r => r.Id == RequirementIds.Mct);
        Assert.Equal(new CountValue(1), mct.Actual);
        Assert.Equal(new CountValue(2), mct.Required);
    }

    [Fact]
    public void A_level_without_a_requirement_set_is_not_eligible_and_the_recommendation_falls_back()
    {
        var verdict = EligibilityRules.Evaluate(GoldReady().WithKpi(2025, 5, 5000m), Sample.CloudPlatform, [Sample.Silver(2025)], AsOf);

        Assert.Equal(EnrollmentLevel.Silver, verdict.Recommended);
        Assert.Equal(RequirementIds.RequirementSet, Assert.Single(verdict.Levels[2].Requirements).Id);
    }

    [Fact]
    public void Requirement_sets_of_other_competencies_are_ignored()
    {
        var verdict = EligibilityRules.Evaluate(GoldReady().WithKpi(2025, 5, 5000m), Sample.CloudPlatform, [Sample.Gold(2025, competency: "Security")], AsOf);

        Assert.Equal(EnrollmentLevel.ActionPack, verdict.Recommended);
    }

    [Fact]
    public void Silver_in_this_competency_now_meeting_gold_gets_the_upgrade_discount()
    {
        var verdict = Evaluate(GoldReady().WithKpi(2025, 5, 1000m).EnrolledIn(EnrollmentLevel.Silver, "cloud platform"));

        Assert.True(verdict.UpgradeDiscount);
        Assert.Equal(EnrollmentLevel.Silver, verdict.CurrentEnrollment);
    }

    [Theory]
    [InlineData(EnrollmentLevel.Silver, "Security", 1000)]
    [InlineData(EnrollmentLevel.Silver, "Cloud Platform", 999)]
    [InlineData(EnrollmentLevel.Gold, "Cloud Platform", 1000)]
    [InlineData(EnrollmentLevel.ActionPack, null, 1000)]
    public void No_upgrade_discount_without_silver_in_this_competency_and_gold_met(EnrollmentLevel enrolled, string? competency, int kpi)
    {
        var verdict = Evaluate(GoldReady().WithKpi(2025, 5, kpi).EnrolledIn(enrolled, competency));

        Assert.False(verdict.UpgradeDiscount);
    }

    [Fact]
    public void The_window_crosses_the_year_and_counts_invoices_from_both_years()
    {
        // A March anniversary checked in January 2024: window March 2023 to February 2024 (29 days).
        var partner = Sample.Partner(new DateOnly(2018, 3, 1)).WithTrainers(Certified).WithKpi(2023, 3, 1m).WithKpi(2023, 12, 10m).WithKpi(2024, 2, 100m).WithKpi(2023, 2, 1000m);

        var verdict = EligibilityRules.Evaluate(partner, Sample.CloudPlatform, [Sample.Silver(2024, exams: [], commitment: false, minKpi: 0m)], new DateOnly(2024, 3, 1));

        Assert.Equal(new KpiWindow(new DateOnly(2023, 3, 1), new DateOnly(2024, 2, 29), new DateOnly(2024, 3, 1)), verdict.Window);
        Assert.Equal(new MoneyValue(11m), verdict.Levels[1].Requirements.Single(r => r.Id == RequirementIds.Kpi).Actual);
        Assert.Equal(new DateOnly(2024, 3, 15), Assert.Single(verdict.Pending).VisibleFrom);
    }

    private static Partner GoldReady() => Sample.Partner(Anniversary)
        .WithTrainers(Certified, Certified)
        .WithExams(new DateOnly(2024, 5, 1), "AZ-104", "AZ-305")
        .WithCommitment("Cloud Platform", new DateOnly(2024, 5, 1));

    private static EligibilityVerdict Evaluate(Partner partner) => EligibilityRules.Evaluate(partner, Sample.CloudPlatform, Sets, AsOf);
}
