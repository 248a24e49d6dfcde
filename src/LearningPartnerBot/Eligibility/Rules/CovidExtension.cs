using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// The article's COVID-19 competency extension: anniversary dates from January 1 to June 30, 2021 inclusive, except
/// for competencies marked as excluded (Cloud Business Applications).
/// </summary>
public static class CovidExtension
{
    public static readonly DateOnly FirstAnniversary = new(2021, 1, 1);
    public static readonly DateOnly LastAnniversary = new(2021, 6, 30);

    /// <param name="anniversary">The anniversary being renewed (the next one on or after the check date).</param>
    public static bool Applies(DateOnly anniversary, Competency competency)
    {
        ArgumentNullException.ThrowIfNull(competency);
        return !competency.CovidExtensionExcluded && anniversary >= FirstAnniversary && anniversary <= LastAnniversary;
    }
}
