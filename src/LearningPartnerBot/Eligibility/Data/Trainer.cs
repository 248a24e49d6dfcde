namespace LearningPartnerBot.Eligibility.Data;

/// <summary>A Microsoft Certified Trainer on the partner's staff; counts while certified on the check date.</summary>
public sealed class Trainer
{
    public long Id { get; set; }

    public required string PartnerMpnId { get; set; }

    public required string MctId { get; set; }

    public required string Name { get; set; }

    /// <summary>The last day the certification is valid (inclusive).</summary>
    public DateOnly CertifiedUntil { get; set; }
}
