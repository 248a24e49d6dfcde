using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>
/// The option to enroll in: the highest eligible level, so a partner short of gold is pointed at silver, and short of
/// silver at the Action Pack. A partner enrolled in silver for the competency who now meets gold gets the upgrade discount.
/// </summary>
public static class Recommendation
{
    public static EnrollmentLevel Best(IEnumerable<LevelVerdict> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        return levels.Where(l => l.Eligible).Select(l => l.Level).DefaultIfEmpty(EnrollmentLevel.None).Max();
    }

    public static bool UpgradeDiscount(Partner partner, string competency, bool goldEligible)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return goldEligible
            && partner.EnrollmentLevel == EnrollmentLevel.Silver
            && string.Equals(partner.EnrollmentCompetency, competency, StringComparison.OrdinalIgnoreCase);
    }
}
