using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tests.Eligibility.Rules;
using LearningPartnerBot.Tests.Data;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Eligibility.Data;

/// <summary>The eligibility service on the migrated tables, on each provider.</summary>
public abstract class EligibilityServiceTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 6, 20);

    private readonly TempEligibilityDatabase _database;

    protected EligibilityServiceTests(TestDatabase database)
    {
        _database = new TempEligibilityDatabase(database);
        using var db = _database.Open();
        db.Competencies.AddRange(
            new Competency { Name = "Cloud Platform", OffersLearningOption = true },
            new Competency { Name = "Application Development", OffersLearningOption = true },
            new Competency { Name = "Security", OffersLearningOption = false });
        db.RequirementSets.AddRange(Sample.Silver(2025), Sample.Gold(2025));
        var partner = Sample.Partner(new DateOnly(2020, 9, 1))
            .WithTrainers(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1))
            .WithExams(new DateOnly(2024, 5, 1), "AZ-104", "AZ-305")
            .WithCommitment("Cloud Platform", new DateOnly(2024, 5, 1))
            .WithKpi(2025, 4, 600m)
            .WithKpi(2025, 5, 500m);
        partner.Users.AddRange(
            new PartnerUser { PartnerMpnId = Sample.MpnId, AadObjectId = "AAD-ADMIN", Upn = "zeynep@contoso.example", Name = "Zeynep Kaya", Role = PartnerRole.MpnPartnerAdmin },
            new PartnerUser { PartnerMpnId = Sample.MpnId, Upn = "anna@contoso.example", Name = "Anna Bakker", Role = PartnerRole.AccountAdmin },
            new PartnerUser { PartnerMpnId = Sample.MpnId, AadObjectId = "aad-other", Upn = "piet@contoso.example", Name = "Piet Jansen", Role = PartnerRole.Other });
        db.Partners.Add(partner);
        db.SaveChanges();
    }

    [DatabaseFact]
    public async Task Checks_on_the_clocks_local_date_when_no_date_is_given()
    {
        var verdict = await _database.Service(Today).CheckAsync(Sample.MpnId, "Cloud Platform");

        Assert.Equal(Today, verdict.AsOf);
        // The May invoice shows on June 15, so both count: 1100 reaches gold's 1000.
        Assert.Equal(EnrollmentLevel.Gold, verdict.Recommended);
        Assert.Equal(new KpiWindow(new DateOnly(2024, 9, 1), new DateOnly(2025, 8, 31), new DateOnly(2025, 9, 1)), verdict.Window);
    }

    [DatabaseFact]
    public async Task An_explicit_date_overrides_the_clock()
    {
        var verdict = await _database.Service(Today).CheckAsync(Sample.MpnId, "Cloud Platform", new DateOnly(2025, 6, 14));

        Assert.Equal(EnrollmentLevel.Silver, verdict.Recommended);
        var pending = Assert.Single(verdict.Pending);
        Assert.Equal(new DateOnly(2025, 6, 15), pending.VisibleFrom);
    }

    [DatabaseFact]
    public async Task Finds_the_competency_whatever_its_case()
    {
        var verdict = await _database.Service(Today).CheckAsync(Sample.MpnId, "  cloud PLATFORM ");

        Assert.Equal("Cloud Platform", verdict.Competency);
    }

    [DatabaseFact]
    public async Task Unknown_partner_and_unknown_competency_are_told_apart()
    {
        var service = _database.Service(Today);

        var partner = await Assert.ThrowsAsync<UnknownPartnerException>(() => service.CheckAsync("999", "Cloud Platform"));
        var competency = await Assert.ThrowsAsync<UnknownCompetencyException>(() => service.CheckAsync(Sample.MpnId, "Data Analytics"));

        Assert.Equal("999", partner.MpnId);
        Assert.Equal("Data Analytics", competency.Competency);
    }

    [DatabaseFact]
    public async Task Lists_only_competencies_with_a_learning_option_by_name()
    {
        var competencies = await _database.Service(Today).LearningCompetenciesAsync();

        Assert.Equal(["Application Development", "Cloud Platform"], competencies.Select(c => c.Name));
    }

    [DatabaseFact]
    public async Task Finds_a_user_by_AAD_object_id_whatever_its_case_and_names_the_partners_admins()
    {
        var identity = await _database.Service(Today).FindUserAsync("aad-admin", null);

        Assert.NotNull(identity);
        Assert.Equal((Sample.MpnId, "Contoso Learning", "Zeynep Kaya", PartnerRole.MpnPartnerAdmin, true),
            (identity.MpnId, identity.PartnerName, identity.UserName, identity.Role, identity.MayEnroll));
        Assert.Equal(["Anna Bakker", "Zeynep Kaya"], identity.AdminNames);
    }

    [DatabaseFact]
    public async Task Falls_back_to_the_UPN_ignoring_case_when_the_AAD_object_id_is_unknown()
    {
        var identity = await _database.Service(Today).FindUserAsync("not-mapped", "Piet@Contoso.Example");

        Assert.NotNull(identity);
        Assert.Equal(("Piet Jansen", PartnerRole.Other, false), (identity.UserName, identity.Role, identity.MayEnroll));
        Assert.Equal(["Anna Bakker", "Zeynep Kaya"], identity.AdminNames);
    }

    [DatabaseFact]
    public async Task A_user_mapped_to_no_partner_is_not_found()
    {
        Assert.Null(await _database.Service(Today).FindUserAsync("nobody", "nobody@example.com"));
        Assert.Null(await _database.Service(Today).FindUserAsync(null, null));
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteEligibilityServiceTests() : EligibilityServiceTests(TestDatabase.Sqlite());

[UsesPostgres]
public sealed class PostgresEligibilityServiceTests(PostgresTestDatabase database)
    : EligibilityServiceTests(TestDatabase.Postgres(database)), IClassFixture<PostgresTestDatabase>;
