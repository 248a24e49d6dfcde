using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Tests.Data;
using Microsoft.EntityFrameworkCore;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Eligibility.Data;

/// <summary>The eligibility tables as migrated, on each provider (the schema itself: <see cref="MigratedSchemaTests"/>).</summary>
public abstract class EligibilityMigrationTests(TestDatabase database) : IDisposable
{
    private readonly TempEligibilityDatabase _database = new(database);

    [DatabaseFact]
    public void Migrating_an_empty_database_records_the_migration_in_the_areas_own_history_table()
    {
        using var db = _database.Open();
        Assert.Empty(db.Database.GetPendingMigrations());
        var applied = db.Database.SqlQueryRaw<string>($"SELECT \"MigrationId\" AS \"Value\" FROM \"{EligibilityDbContext.MigrationsHistoryTable}\"").ToList();
        Assert.Equal(["20261122130000_CreateEligibilityTables"], applied);
    }

    [DatabaseFact]
    public void Every_mapped_column_round_trips()
    {
        using (var db = _database.Open())
        {
            db.Competencies.Add(new Competency { Name = "Cloud Business Applications", OffersLearningOption = true, CovidExtensionExcluded = true });
            db.RequirementSets.Add(new RequirementSet
            {
                ProgramYear = 2025, Competency = "Cloud Business Applications", Level = CompetencyLevel.Gold, MinMcts = 4,
                RequiredExams = ["MB-210", "MB-220"], MinKpi = 1250.75m, PerformanceCommitmentRequired = true,
            });
            db.Partners.Add(SamplePartner());
            db.SaveChanges();
        }

        using var read = _database.Open();
        var competency = Assert.Single(read.Competencies);
        Assert.Equal(("Cloud Business Applications", true, true), (competency.Name, competency.OffersLearningOption, competency.CovidExtensionExcluded));

        var set = Assert.Single(read.RequirementSets);
        Assert.Equal((2025, "Cloud Business Applications", CompetencyLevel.Gold, 4, 1250.75m, true), (set.ProgramYear, set.Competency, set.Level, set.MinMcts, set.MinKpi, set.PerformanceCommitmentRequired));
        Assert.Equal(["MB-210", "MB-220"], set.RequiredExams);

        var partner = read.Partners
            .Include(p => p.Users).Include(p => p.Trainers).Include(p => p.Exams).Include(p => p.Commitments).Include(p => p.Kpis)
            .AsSplitQuery().Single();
        Assert.Equal(("1234567", "Contoso Learning", "NL", new DateOnly(2024, 2, 29), "https://contoso.example", EnrollmentLevel.Silver, "Cloud Business Applications"),
            (partner.MpnId, partner.Name, partner.Country, partner.AnniversaryDate, partner.Website, partner.EnrollmentLevel, partner.EnrollmentCompetency));

        var user = Assert.Single(partner.Users);
        Assert.Equal(("0f1e2d3c-aaaa-bbbb-cccc-000000000001", "ayse@contoso.example", "Ayşe Yılmaz", PartnerRole.AccountAdmin),
            (user.AadObjectId, user.Upn, user.Name, user.Role));
        var trainer = Assert.Single(partner.Trainers);
        Assert.Equal(("MCT-42", "Jan de Vries", new DateOnly(2026, 12, 31)), (trainer.MctId, trainer.Name, trainer.CertifiedUntil));
        var exam = Assert.Single(partner.Exams);
        Assert.Equal(("MB-210", new DateOnly(2025, 3, 4)), (exam.Code, exam.PassedOn));
        var commitment = Assert.Single(partner.Commitments);
        Assert.Equal(("Cloud Business Applications", new DateOnly(2025, 1, 2)), (commitment.Competency, commitment.CommittedOn));
        var kpi = Assert.Single(partner.Kpis);
        Assert.Equal((11, 2025, "Courseware", "Seat", "INV-001", 1250.5m, 19999.99m, "EUR", "Cloud Business Applications", KpiDocumentType.OrderConfirmation),
            (kpi.Month, kpi.Year, kpi.OmlpType, kpi.PurchaseUnit, kpi.InvoiceNumber, kpi.KpiValue, kpi.RevenueValue, kpi.Currency, kpi.Competency, kpi.DocumentType));
    }

    [DatabaseFact]
    public void The_same_invoice_number_and_OMLP_type_cannot_be_stored_twice_for_a_partner()
    {
        using (var db = _database.Open())
        {
            db.Partners.Add(SamplePartner());
            db.SaveChanges();
        }

        using var again = _database.Open();
        again.Kpis.Add(Kpi("INV-001", "Courseware"));
        Assert.Throws<DbUpdateException>(() => again.SaveChanges());
    }

    [DatabaseFact]
    public void The_same_invoice_number_may_carry_another_OMLP_type_or_belong_to_another_partner()
    {
        using var db = _database.Open();
        db.Partners.Add(SamplePartner());
        db.Partners.Add(new Partner { MpnId = "7654321", Name = "Fabrikam", Country = "TR", AnniversaryDate = new DateOnly(2024, 7, 1) });
        db.SaveChanges();

        db.Kpis.Add(Kpi("INV-001", "Exam voucher"));
        db.Kpis.Add(Kpi("INV-001", "Courseware", mpnId: "7654321"));
        db.SaveChanges();

        Assert.Equal(3, db.Kpis.Count(k => k.InvoiceNumber == "INV-001"));
    }

    [DatabaseFact]
    public void A_requirement_set_is_unique_per_program_year_competency_and_level_whatever_the_case()
    {
        using var db = _database.Open();
        db.RequirementSets.Add(new RequirementSet { ProgramYear = 2025, Competency = "Cloud Platform", Level = CompetencyLevel.Silver });
        db.RequirementSets.Add(new RequirementSet { ProgramYear = 2025, Competency = "Cloud Platform", Level = CompetencyLevel.Gold });
        db.SaveChanges();

        db.RequirementSets.Add(new RequirementSet { ProgramYear = 2025, Competency = "cloud platform", Level = CompetencyLevel.Silver });
        Assert.Throws<DbUpdateException>(() => db.SaveChanges());
    }

    [DatabaseFact]
    public void Deleting_a_partner_deletes_everything_it_owns()
    {
        using (var db = _database.Open())
        {
            db.Partners.Add(SamplePartner());
            db.SaveChanges();
        }

        using (var db = _database.Open())
        {
            db.Partners.Remove(db.Partners.Single());
            db.SaveChanges();
        }

        using var read = _database.Open();
        Assert.Equal(0, read.PartnerUsers.Count() + read.Trainers.Count() + read.Exams.Count() + read.Commitments.Count() + read.Kpis.Count());
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    private static Partner SamplePartner() => new()
    {
        MpnId = "1234567",
        Name = "Contoso Learning",
        Country = "NL",
        AnniversaryDate = new DateOnly(2024, 2, 29),
        Website = "https://contoso.example",
        EnrollmentLevel = EnrollmentLevel.Silver,
        EnrollmentCompetency = "Cloud Business Applications",
        Users = [new PartnerUser { PartnerMpnId = "1234567", AadObjectId = "0f1e2d3c-aaaa-bbbb-cccc-000000000001", Upn = "ayse@contoso.example", Name = "Ayşe Yılmaz", Role = PartnerRole.AccountAdmin }],
        Trainers = [new Trainer { PartnerMpnId = "1234567", MctId = "MCT-42", Name = "Jan de Vries", CertifiedUntil = new DateOnly(2026, 12, 31) }],
        Exams = [new PassedExam { PartnerMpnId = "1234567", Code = "MB-210", PassedOn = new DateOnly(2025, 3, 4) }],
        Commitments = [new PerformanceCommitment { PartnerMpnId = "1234567", Competency = "Cloud Business Applications", CommittedOn = new DateOnly(2025, 1, 2) }],
        Kpis = [Kpi("INV-001", "Courseware", KpiDocumentType.OrderConfirmation)],
    };

    private static KpiRecord Kpi(string invoice, string omlpType, KpiDocumentType type = KpiDocumentType.Invoice, string mpnId = "1234567") => new()
    {
        PartnerMpnId = mpnId, Month = 11, Year = 2025, OmlpType = omlpType, PurchaseUnit = "Seat", InvoiceNumber = invoice,
        KpiValue = 1250.5m, RevenueValue = 19999.99m, Currency = "EUR", Competency = "Cloud Business Applications", DocumentType = type,
    };
}

public sealed class SqliteEligibilityMigrationTests() : EligibilityMigrationTests(TestDatabase.Sqlite());

[UsesPostgres]
public sealed class PostgresEligibilityMigrationTests(PostgresTestDatabase database)
    : EligibilityMigrationTests(TestDatabase.Postgres(database)), IClassFixture<PostgresTestDatabase>;
