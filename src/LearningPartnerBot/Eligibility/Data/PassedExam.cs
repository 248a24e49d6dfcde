namespace LearningPartnerBot.Eligibility.Data;

/// <summary>A Microsoft exam someone at the partner passed, by exam code (e.g. MB-210).</summary>
public sealed class PassedExam
{
    public long Id { get; set; }

    public required string PartnerMpnId { get; set; }

    /// <summary>Upper case, so "mb-210" and "MB-210" are the same exam.</summary>
    public required string Code { get; set; }

    public DateOnly PassedOn { get; set; }
}
