using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Staff.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>PUT /api/partners/{mpnId}: loads or replaces a partner with its trainers, exams, commitments and users.</summary>
internal static class PartnerEndpoints
{
    public static void Map(RouteGroupBuilder staff) =>
        staff.MapPut("/partners/{mpnId}", PutAsync)
            .WithName("PutPartner")
            .WithSummary("Loads or replaces a partner with its trainers, exams, commitments and users; its KPI records are kept.")
            .Produces<PartnerSaved>()
            .ProducesValidationProblem();

    private static async Task<IResult> PutAsync(
        string mpnId,
        PartnerDocument document,
        [FromServices] IDbContextFactory<EligibilityDbContext> contexts,
        CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new ValidationErrors();
        var partner = PartnerDocumentReader.Read(mpnId, document, await KnownCompetencies.LoadAsync(db, cancellationToken), errors);
        if (partner is null)
        {
            return errors.ToResult("The partner was not saved.");
        }

        var existing = await db.Partners
            .Include(p => p.Users).Include(p => p.Trainers).Include(p => p.Exams).Include(p => p.Commitments)
            .SingleOrDefaultAsync(p => p.MpnId == mpnId, cancellationToken);
        if (existing is null)
        {
            db.Partners.Add(partner);
        }
        else
        {
            Replace(existing, partner, db);
        }

        // One SaveChanges is one transaction: the old record stays whole if anything fails.
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new PartnerSaved(mpnId, Created: existing is null, partner.Trainers.Count, partner.Exams.Count, partner.Commitments.Count, partner.Users.Count));
    }

    /// <summary>Overwrites the partner's fields and children; KPI records are loaded separately and left alone.</summary>
    private static void Replace(Partner existing, Partner replacement, EligibilityDbContext db)
    {
        existing.Name = replacement.Name;
        existing.Country = replacement.Country;
        existing.AnniversaryDate = replacement.AnniversaryDate;
        existing.Website = replacement.Website;
        existing.EnrollmentLevel = replacement.EnrollmentLevel;
        existing.EnrollmentCompetency = replacement.EnrollmentCompetency;

        db.RemoveRange(existing.Users);
        db.RemoveRange(existing.Trainers);
        db.RemoveRange(existing.Exams);
        db.RemoveRange(existing.Commitments);
        db.AddRange(replacement.Users);
        db.AddRange(replacement.Trainers);
        db.AddRange(replacement.Exams);
        db.AddRange(replacement.Commitments);
    }
}

/// <summary>What PUT /api/partners/{mpnId} stored.</summary>
public sealed record PartnerSaved(string MpnId, bool Created, int Trainers, int Exams, int Commitments, int Users);
