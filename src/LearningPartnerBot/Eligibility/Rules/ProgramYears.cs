using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// Which year's requirements apply: the year of the next anniversary, or, when staff have not loaded that year for
/// the competency yet, the latest earlier year they have. Requirement sets are data, so a year may be missing.
/// </summary>
public static class ProgramYears
{
    /// <summary>The anniversary year itself when no year up to it has a set for the competency.</summary>
    public static int Resolve(int anniversaryYear, string competency, IEnumerable<RequirementSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return sets
            .Where(s => s.ProgramYear <= anniversaryYear && string.Equals(s.Competency, competency, StringComparison.OrdinalIgnoreCase))
            .Select(s => s.ProgramYear)
            .DefaultIfEmpty(anniversaryYear)
            .Max();
    }
}
