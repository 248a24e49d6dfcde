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

    /// <summary>
    /// The partner's recorded anniversary date, or the anniversary being renewed (the next one on or after the check
    /// date), falls in the window. Staff record either the original date or this year's; both name an AD the
    /// article's extension covers.
    /// </summary>
    public static bool AppliesTo(DateOnly recordedAnniversary, KpiWindow window, Competency competency)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Applies(recordedAnniversary, competency) || Applies(window.NextAnniversary, competency);
    }

    public static bool Applies(DateOnly anniversary, Competency competency)
    {
        ArgumentNullException.ThrowIfNull(competency);
        return !competency.CovidExtensionExcluded && anniversary >= FirstAnniversary && anniversary <= LastAnniversary;
    }
}
