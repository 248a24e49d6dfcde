using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningPartnerBot.Eligibility.Data.Migrations;

/// <summary>
/// Partners with what they own, competencies and requirement sets. Written by hand: the EF design-time tools
/// (Microsoft.EntityFrameworkCore.Design) cannot be restored from the registry here. A test migrates an empty
/// database, round-trips every mapped column and compares the schema with the one EF builds from the model, on
/// SQLite and on PostgreSQL.
/// </summary>
[DbContext(typeof(EligibilityDbContext))]
[Migration("20261122130000_CreateEligibilityTables")]
public sealed class CreateEligibilityTables : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CaseInsensitiveText.Create(migrationBuilder);
        var caseInsensitive = CaseInsensitiveText.Collation(migrationBuilder.ActiveProvider);

        migrationBuilder.CreateTable(
            name: "Competencies",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 128, nullable: false, collation: caseInsensitive),
                OffersLearningOption = table.Column<bool>(nullable: false),
                CovidExtensionExcluded = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Competencies", x => x.Name));

        migrationBuilder.CreateTable(
            name: "Partners",
            columns: table => new
            {
                MpnId = table.Column<string>(maxLength: 32, nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: false),
                Country = table.Column<string>(maxLength: 2, nullable: false),
                AnniversaryDate = table.Column<DateOnly>(nullable: false),
                Website = table.Column<string>(maxLength: 512, nullable: true),
                EnrollmentLevel = table.Column<string>(maxLength: 16, nullable: false),
                EnrollmentCompetency = table.Column<string>(maxLength: 128, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_Partners", x => x.MpnId));

        migrationBuilder.CreateTable(
            name: "RequirementSets",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                ProgramYear = table.Column<int>(nullable: false),
                Competency = table.Column<string>(maxLength: 128, nullable: false, collation: caseInsensitive),
                Level = table.Column<string>(maxLength: 16, nullable: false),
                MinMcts = table.Column<int>(nullable: false),
                // A primitive collection: EF stores the exam codes as a JSON array on SQLite, a text[] on PostgreSQL.
                RequiredExams = migrationBuilder.ActiveProvider == DatabaseProviders.Npgsql
                    ? table.Column<List<string>>(type: "text[]", nullable: false)
                    : table.Column<string>(nullable: false),
                MinKpi = table.Column<decimal>(nullable: true),
                PerformanceCommitmentRequired = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RequirementSets", x => x.Id));

        migrationBuilder.CreateTable(
            name: "KpiRecords",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                PartnerMpnId = table.Column<string>(maxLength: 32, nullable: false),
                Month = table.Column<int>(nullable: false),
                Year = table.Column<int>(nullable: false),
                OmlpType = table.Column<string>(maxLength: 64, nullable: false),
                PurchaseUnit = table.Column<string>(maxLength: 128, nullable: false),
                InvoiceNumber = table.Column<string>(maxLength: 64, nullable: false),
                KpiValue = table.Column<decimal>(nullable: false),
                RevenueValue = table.Column<decimal>(nullable: false),
                Currency = table.Column<string>(maxLength: 3, nullable: false),
                Competency = table.Column<string>(maxLength: 128, nullable: false),
                DocumentType = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_KpiRecords", x => x.Id);
                table.ForeignKey("FK_KpiRecords_Partners_PartnerMpnId", x => x.PartnerMpnId, "Partners", "MpnId", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PartnerUsers",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                PartnerMpnId = table.Column<string>(maxLength: 32, nullable: false),
                AadObjectId = table.Column<string>(maxLength: 64, nullable: true),
                Upn = table.Column<string>(maxLength: 256, nullable: true),
                Name = table.Column<string>(maxLength: 256, nullable: true),
                Role = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartnerUsers", x => x.Id);
                table.ForeignKey("FK_PartnerUsers_Partners_PartnerMpnId", x => x.PartnerMpnId, "Partners", "MpnId", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PassedExams",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                PartnerMpnId = table.Column<string>(maxLength: 32, nullable: false),
                Code = table.Column<string>(maxLength: 32, nullable: false),
                PassedOn = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PassedExams", x => x.Id);
                table.ForeignKey("FK_PassedExams_Partners_PartnerMpnId", x => x.PartnerMpnId, "Partners", "MpnId", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PerformanceCommitments",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                PartnerMpnId = table.Column<string>(maxLength: 32, nullable: false),
                Competency = table.Column<string>(maxLength: 128, nullable: false),
                CommittedOn = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PerformanceCommitments", x => x.Id);
                table.ForeignKey("FK_PerformanceCommitments_Partners_PartnerMpnId", x => x.PartnerMpnId, "Partners", "MpnId", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Trainers",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Generated(),
                PartnerMpnId = table.Column<string>(maxLength: 32, nullable: false),
                MctId = table.Column<string>(maxLength: 64, nullable: false),
                Name = table.Column<string>(maxLength: 256, nullable: false),
                CertifiedUntil = table.Column<DateOnly>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Trainers", x => x.Id);
                table.ForeignKey("FK_Trainers_Partners_PartnerMpnId", x => x.PartnerMpnId, "Partners", "MpnId", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_KpiRecords_PartnerMpnId_InvoiceNumber_OmlpType", "KpiRecords", ["PartnerMpnId", "InvoiceNumber", "OmlpType"], unique: true);
        migrationBuilder.CreateIndex("IX_PartnerUsers_AadObjectId", "PartnerUsers", "AadObjectId");
        migrationBuilder.CreateIndex("IX_PartnerUsers_PartnerMpnId", "PartnerUsers", "PartnerMpnId");
        migrationBuilder.CreateIndex("IX_PartnerUsers_Upn", "PartnerUsers", "Upn");
        migrationBuilder.CreateIndex("IX_PassedExams_PartnerMpnId", "PassedExams", "PartnerMpnId");
        migrationBuilder.CreateIndex("IX_PerformanceCommitments_PartnerMpnId", "PerformanceCommitments", "PartnerMpnId");
        migrationBuilder.CreateIndex("IX_RequirementSets_ProgramYear_Competency_Level", "RequirementSets", ["ProgramYear", "Competency", "Level"], unique: true);
        migrationBuilder.CreateIndex("IX_Trainers_PartnerMpnId", "Trainers", "PartnerMpnId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("KpiRecords");
        migrationBuilder.DropTable("PartnerUsers");
        migrationBuilder.DropTable("PassedExams");
        migrationBuilder.DropTable("PerformanceCommitments");
        migrationBuilder.DropTable("Trainers");
        migrationBuilder.DropTable("Competencies");
        migrationBuilder.DropTable("RequirementSets");
        migrationBuilder.DropTable("Partners");
    }
}
