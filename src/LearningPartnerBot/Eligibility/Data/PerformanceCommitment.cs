namespace LearningPartnerBot.Eligibility.Data;

/// <summary>The partner's signed commitment to a competency's performance requirements.</summary>
public sealed class PerformanceCommitment
{
    public long Id { get; set; }

    public required string PartnerMpnId { get; set; }

    public required string Competency { get; set; }

    public DateOnly CommittedOn { get; set; }
}
