using LearningPartnerBot.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Data;

/// <summary>
/// The eligibility area's tables in the bot's database: partners and what they own, competencies and requirement
/// sets. Migrations live beside it with their own history table, so the area evolves its schema on its own.
/// </summary>
public sealed class EligibilityDbContext(DbContextOptions<EligibilityDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__EligibilityMigrations";

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<PartnerUser> PartnerUsers => Set<PartnerUser>();

    public DbSet<Trainer> Trainers => Set<Trainer>();

    public DbSet<PassedExam> Exams => Set<PassedExam>();

    public DbSet<PerformanceCommitment> Commitments => Set<PerformanceCommitment>();

    public DbSet<KpiRecord> Kpis => Set<KpiRecord>();

    public DbSet<Competency> Competencies => Set<Competency>();

    public DbSet<RequirementSet> RequirementSets => Set<RequirementSet>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Competency names ignore case on both providers; see CaseInsensitiveText for the PostgreSQL choice.
        CaseInsensitiveText.Declare(modelBuilder, Database);
        var caseInsensitive = CaseInsensitiveText.Collation(Database);

        modelBuilder.Entity<Partner>(partner =>
        {
            partner.ToTable("Partners");
            partner.HasKey(p => p.MpnId);
            partner.Property(p => p.MpnId).HasMaxLength(32);
            partner.Property(p => p.Name).HasMaxLength(256);
            partner.Property(p => p.Country).HasMaxLength(2);
            partner.Property(p => p.Website).HasMaxLength(512);
            partner.Property(p => p.EnrollmentLevel).HasConversion<string>().HasMaxLength(16);
            partner.Property(p => p.EnrollmentCompetency).HasMaxLength(128);
            partner.HasMany(p => p.Users).WithOne().HasForeignKey(u => u.PartnerMpnId).OnDelete(DeleteBehavior.Cascade);
            partner.HasMany(p => p.Trainers).WithOne().HasForeignKey(t => t.PartnerMpnId).OnDelete(DeleteBehavior.Cascade);
            partner.HasMany(p => p.Exams).WithOne().HasForeignKey(e => e.PartnerMpnId).OnDelete(DeleteBehavior.Cascade);
            partner.HasMany(p => p.Commitments).WithOne().HasForeignKey(c => c.PartnerMpnId).OnDelete(DeleteBehavior.Cascade);
            partner.HasMany(p => p.Kpis).WithOne().HasForeignKey(k => k.PartnerMpnId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PartnerUser>(user =>
        {
            user.ToTable("PartnerUsers");
            user.Property(u => u.AadObjectId).HasMaxLength(64);
            user.Property(u => u.Upn).HasMaxLength(256);
            user.Property(u => u.Name).HasMaxLength(256);
            user.Property(u => u.Role).HasConversion<string>().HasMaxLength(32);
            user.HasIndex(u => u.AadObjectId);
            user.HasIndex(u => u.Upn);
        });

        modelBuilder.Entity<Trainer>(trainer =>
        {
            trainer.ToTable("Trainers");
            trainer.Property(t => t.MctId).HasMaxLength(64);
            trainer.Property(t => t.Name).HasMaxLength(256);
        });

        modelBuilder.Entity<PassedExam>(exam =>
        {
            exam.ToTable("PassedExams");
            exam.Property(e => e.Code).HasMaxLength(32);
        });

        modelBuilder.Entity<PerformanceCommitment>(commitment =>
        {
            commitment.ToTable("PerformanceCommitments");
            commitment.Property(c => c.Competency).HasMaxLength(128);
        });

        modelBuilder.Entity<KpiRecord>(kpi =>
        {
            kpi.ToTable("KpiRecords");
            kpi.Property(k => k.OmlpType).HasMaxLength(64);
            kpi.Property(k => k.PurchaseUnit).HasMaxLength(128);
            kpi.Property(k => k.InvoiceNumber).HasMaxLength(64);
            kpi.Property(k => k.Currency).HasMaxLength(3);
            kpi.Property(k => k.Competency).HasMaxLength(128);
            kpi.Property(k => k.DocumentType).HasConversion<string>().HasMaxLength(32);
            kpi.HasIndex(k => new { k.PartnerMpnId, k.InvoiceNumber, k.OmlpType }).IsUnique();
        });

        modelBuilder.Entity<Competency>(competency =>
        {
            competency.ToTable("Competencies");
            competency.HasKey(c => c.Name);
            competency.Property(c => c.Name).HasMaxLength(128).UseCollation(caseInsensitive);
        });

        modelBuilder.Entity<RequirementSet>(set =>
        {
            set.ToTable("RequirementSets");
            set.Property(s => s.Competency).HasMaxLength(128).UseCollation(caseInsensitive);
            set.Property(s => s.Level).HasConversion<string>().HasMaxLength(16);
            set.HasIndex(s => new { s.ProgramYear, s.Competency, s.Level }).IsUnique();
        });
    }
}
