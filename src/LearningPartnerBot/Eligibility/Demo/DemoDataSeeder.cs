using LearningPartnerBot.Eligibility.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Demo;

/// <summary>
/// Writes the sample program year and the demo partners. Idempotent: a second run replaces the demo partners
/// (their dates moved to the new "today") and the sample requirement sets, and leaves every other partner alone.
/// </summary>
public static class DemoDataSeeder
{
    public sealed record Summary(int Competencies, int RequirementSets, int Partners, int Users);

    public static async Task<Summary> SeedAsync(EligibilityDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sample = SampleProgramYear.Load();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var competencies = sample.CompetencyEntities().ToList();
        var names = competencies.Select(c => c.Name).ToList();
        db.Competencies.RemoveRange(await db.Competencies.Where(c => names.Contains(c.Name)).ToListAsync(cancellationToken));
        db.RequirementSets.RemoveRange(await db.RequirementSets.Where(r => r.ProgramYear == sample.ProgramYear && names.Contains(r.Competency)).ToListAsync(cancellationToken));
        db.Partners.RemoveRange(await db.Partners.Where(p => DemoPartners.MpnIds.Contains(p.MpnId)).ToListAsync(cancellationToken));

        // Deletes go first: the demo rows come back with the same keys.
        await db.SaveChangesAsync(cancellationToken);

        var requirements = sample.RequirementEntities().ToList();
        var partners = DemoPartners.Build(today);
        db.Competencies.AddRange(competencies);
        db.RequirementSets.AddRange(requirements);
        db.Partners.AddRange(partners);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Summary(competencies.Count, requirements.Count, partners.Count, partners.Sum(p => p.Users.Count));
    }

    /// <summary>Seeds only a database without partners, so data loaded by staff is never touched.</summary>
    public static async Task<Summary?> SeedIfEmptyAsync(EligibilityDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Partners.AnyAsync(cancellationToken) ? null : await SeedAsync(db, today, cancellationToken);
    }
}
