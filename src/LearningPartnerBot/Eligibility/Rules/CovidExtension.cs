using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// The article's COVID-19 competency extension: offered for the renewal at an anniversary date from January 1 to
/// June 30, 2021 inclusive, except for competencies marked as excluded (Cloud Business Applications).
/// </summary>
public static class CovidExtension
{
    public static readonly DateOnly FirstAnniversary = new(2021, 1, 1);
    public static readonly DateOnly LastAnniversary = new(2021, 6, 30);

    /// <summary>
    /// The renewal this check is about (the next anniversary on or after the check date) falls in the window. The
    /// extension belongs to that one renewal: a partner whose recorded anniversary is in the first half of 2021 but
    /// whose renewal being checked is in another year is not offered it.
    /// </summary>
    public static bool AppliesTo(KpiWindow window, Competency competency)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Applies(window.NextAnniversary, competency);
    }

    public static bool Applies(DateOnly anniversary, Competency competency)
    {
        ArgumentNullException.ThrowIfNull(competency);
        return !competency.CovidExtensionExcluded && anniversary >= FirstAnniversary && anniversary <= LastAnniversary;
    }
}
