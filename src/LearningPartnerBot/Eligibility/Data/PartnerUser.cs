namespace LearningPartnerBot.Eligibility.Data;

/// <summary>A person who may chat with the bot on behalf of a partner, found by AAD object id or UPN.</summary>
public sealed class PartnerUser
{
    public long Id { get; set; }

    public required string PartnerMpnId { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary>Stored lower-case so a lookup does not depend on how a channel capitalizes it.</summary>
    public string? Upn { get; set; }

    public string? Name { get; set; }

    public PartnerRole Role { get; set; }
}
