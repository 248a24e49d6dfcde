namespace LearningPartnerBot.Eligibility.Data;

/// <summary>Partner Center roles as far as the article cares: only the two admin roles may enroll.</summary>
public enum PartnerRole
{
    MpnPartnerAdmin,
    AccountAdmin,
    Other,
}
