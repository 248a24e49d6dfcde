using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Eligibility.Rules;

/// <summary>The Learning Action Pack needs one MCT certified on the check date, and no KPI.</summary>
public static class ActionPackRule
{
    public const int MinMcts = 1;

    public static LevelVerdict Evaluate(Partner partner, DateOnly asOf)
    {
        var trainers = PartnerFacts.CertifiedTrainers(partner, asOf);
        var check = new RequirementCheck(RequirementIds.Mct, trainers >= MinMcts, new CountValue(trainers), new CountValue(MinMcts), []);
        return new LevelVerdict(EnrollmentLevel.ActionPack, check.Met, [check]);
    }
}
