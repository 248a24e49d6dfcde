namespace LearningPartnerBot.Eligibility.Data;

/// <summary>The two competency levels a Learning option requirement set can be written for.</summary>
public enum CompetencyLevel
{
    Silver,
    Gold,
}
