using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Staff.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>PUT /api/requirements/{programYear}: replaces a program year's requirement sets (they change every year).</summary>
internal static class RequirementEndpoints
{
    public static void Map(RouteGroupBuilder staff) =>
        staff.MapPut("/requirements/{programYear:int}", PutAsync)
            .WithName("PutRequirements")
            .WithSummary("Replaces the requirement sets of one program year, one per competency and level (silver, gold).")
            .Produces<IReadOnlyList<RequirementDocument>>()
            .ProducesValidationProblem();

    private static async Task<IResult> PutAsync(
        int programYear,
        IReadOnlyList<RequirementDocument> documents,
        [FromServices] IDbContextFactory<EligibilityDbContext> contexts,
        CancellationToken cancellationToken)
    {
        if (programYear is < 2000 or > 2100)
        {
            return ApiProblems.BadRequest("Unknown program year.", "The program year must be a year from 2000 to 2100.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = new ValidationErrors();
        var sets = Read(programYear, documents, await KnownCompetencies.LoadAsync(db, cancellationToken), errors);
        if (errors.Any)
        {
            return errors.ToResult("The requirement sets were not saved.");
        }

        db.RequirementSets.RemoveRange(await db.RequirementSets.Where(s => s.ProgramYear == programYear).ToListAsync(cancellationToken));
        db.RequirementSets.AddRange(sets);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(sets.Select(s => new RequirementDocument(
            s.Competency, ApiValues.Name(s.Level), s.MinMcts, s.RequiredExams, s.MinKpi, s.PerformanceCommitmentRequired)).ToList());
    }

    private static List<RequirementSet> Read(int programYear, IReadOnlyList<RequirementDocument> documents, KnownCompetencies competencies, ValidationErrors errors)
    {
        var sets = new List<RequirementSet>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var path = $"[{i}]";
            var competency = competencies.Find(document?.Competency);
            if (competency is null)
            {
                errors.Add($"{path}.competency", KnownCompetencies.Unknown(document?.Competency));
            }

            if (!ApiValues.TryParseName<CompetencyLevel>(document?.Level, out var level))
            {
                errors.Add($"{path}.level", "The level must be silver or gold.");
            }

            if (document is null || competency is null)
            {
                continue;
            }

            if (document.MinMcts < 0)
            {
                errors.Add($"{path}.minMcts", "The minimum number of MCTs cannot be negative.");
            }

            if (document.MinKpi < 0)
            {
                errors.Add($"{path}.minKpi", "The KPI minimum cannot be negative; leave it out when the level has none.");
            }

            var exams = (document.RequiredExams ?? []).Select(e => e?.Trim().ToUpperInvariant() ?? string.Empty).ToList();
            if (exams.Any(e => e.Length is 0 or > 32))
            {
                errors.Add($"{path}.requiredExams", "Exam codes must be 1 to 32 characters, e.g. AZ-104.");
            }

            if (sets.Any(s => s.Competency == competency && s.Level == level))
            {
                errors.Add(path, $"{competency} {document.Level} is listed more than once for {programYear}.");
            }

            sets.Add(new RequirementSet
            {
                ProgramYear = programYear,
                Competency = competency,
                Level = level,
                MinMcts = document.MinMcts,
                RequiredExams = [.. exams.Distinct()],
                MinKpi = document.MinKpi,
                PerformanceCommitmentRequired = document.PerformanceCommitment,
            });
        }

        return sets;
    }
}

/// <summary>What one competency level asks for in a program year; level silver or gold, minKpi null when there is none.</summary>
public sealed record RequirementDocument(
    string? Competency,
    string? Level,
    int MinMcts,
    IReadOnlyList<string>? RequiredExams,
    decimal? MinKpi,
    bool PerformanceCommitment);
