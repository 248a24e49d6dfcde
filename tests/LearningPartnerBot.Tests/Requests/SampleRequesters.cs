using LearningPartnerBot.Eligibility.Data;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>Who fills a request form in card-level tests: someone linked to no partner record, or Tom of Tailspin.</summary>
internal static class SampleRequesters
{
    public static Requester Unlinked(string? country = null) =>
        new(new TicketRequester("webchat:visitor-1", "Visitor", null, null), null, country);

    public static Requester Linked(string? country = "GB") =>
        new(new TicketRequester("aad-tom", "Tom", "tom@tailspin.example", nameof(PartnerRole.MpnPartnerAdmin)), Tailspin, country);

    public static PartnerIdentity Tailspin { get; } = new("1000005", "Tailspin Academy", "Tom", PartnerRole.MpnPartnerAdmin, ["Tom"]);

    /// <summary>What an unlinked requester typed, markdown and all.</summary>
    public static FilingPartner Stated(string companyName = "Fabrikam Training") => new("1234567", companyName, Stated: true);

    public static FilingPartner LinkedPartner => FilingPartner.Linked(Tailspin);
}
