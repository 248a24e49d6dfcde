namespace LearningPartnerBot.Eligibility.Data;

/// <summary>Where a partner stands in the Learning Partner program today, and what the rules can recommend.</summary>
public enum EnrollmentLevel
{
    None,
    ActionPack,
    Silver,
    Gold,
}
