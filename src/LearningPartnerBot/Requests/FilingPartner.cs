using LearningPartnerBot.Eligibility.Rules;

namespace LearningPartnerBot.Requests;

/// <summary>
/// The partner a request is filed for: the requester's partner record, or, for a requester linked to none, the MPN ID
/// and company name they typed (<see cref="Stated"/>), which staff read as a claim rather than a record.
/// </summary>
public sealed record FilingPartner(string MpnId, string CompanyName, bool Stated)
{
    public static FilingPartner Linked(PartnerIdentity partner) =>
        new((partner ?? throw new ArgumentNullException(nameof(partner))).MpnId, partner.PartnerName, Stated: false);
}
