using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Staff.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>PUT /api/competencies: replaces the list of competencies.</summary>
internal static class CompetencyEndpoints
{
    public static void Map(RouteGroupBuilder staff) =>
        staff.MapPut("/competencies", PutAsync)
            .WithName("PutCompetencies")
            .WithSummary("Replaces the competencies: which offer a Silver/Gold Learning option and which are excluded from the COVID-19 extension.")
            .Produces<IReadOnlyList<CompetencyDocument>>()
            .ProducesValidationProblem();

    private static async Task<IResult> PutAsync(
        IReadOnlyList<CompetencyDocument> documents,
        [FromServices] IDbContextFactory<EligibilityDbContext> contexts,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var competencies = Read(documents, errors);
        if (errors.Any)
        {
            return errors.ToResult("The competencies were not saved.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Competencies.ToDictionaryAsync(c => c.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
        db.Competencies.RemoveRange(existing.Values.Where(c => !competencies.Any(n => n.Name.Equals(c.Name, StringComparison.OrdinalIgnoreCase))));
        foreach (var competency in competencies)
        {
            if (existing.TryGetValue(competency.Name, out var stored))
            {
                stored.OffersLearningOption = competency.OffersLearningOption;
                stored.CovidExtensionExcluded = competency.CovidExtensionExcluded;
            }
            else
            {
                db.Competencies.Add(competency);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(competencies.Select(c => new CompetencyDocument(c.Name, c.OffersLearningOption, c.CovidExtensionExcluded)).ToList());
    }

    private static List<Competency> Read(IReadOnlyList<CompetencyDocument> documents, ValidationErrors errors)
    {
        var competencies = new List<Competency>();
        for (var i = 0; i < documents.Count; i++)
        {
            var name = documents[i]?.Name?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 128)
            {
                errors.Add($"[{i}].name", "A name of 1 to 128 characters is required.");
            }
            else if (competencies.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"[{i}].name", $"'{name}' is listed more than once.");
            }
            else
            {
                competencies.Add(new Competency { Name = name, OffersLearningOption = documents[i].LearningOption, CovidExtensionExcluded = documents[i].CovidExtensionExcluded });
            }
        }

        return competencies;
    }
}

/// <summary>A competency: whether it offers a Silver/Gold Learning option, and whether the COVID-19 extension skips it.</summary>
public sealed record CompetencyDocument(string? Name, bool LearningOption, bool CovidExtensionExcluded);
