using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>What a partner holds on the check date; anything dated after it does not count yet.</summary>
public static class PartnerFacts
{
    /// <summary>MCTs whose certification runs through the check date (certified-until is inclusive).</summary>
    public static int CertifiedTrainers(Partner partner, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return partner.Trainers.Count(t => t.CertifiedUntil >= asOf);
    }

    public static ISet<string> PassedExamCodes(Partner partner, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return partner.Exams.Where(e => e.PassedOn <= asOf).Select(e => e.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public static bool HasCommitted(Partner partner, string competency, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return partner.Commitments.Any(c => c.CommittedOn <= asOf && string.Equals(c.Competency, competency, StringComparison.OrdinalIgnoreCase));
    }
}
