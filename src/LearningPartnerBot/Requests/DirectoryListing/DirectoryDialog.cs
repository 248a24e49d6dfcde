using BotKit.Schema;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests.DirectoryListing;

/// <summary>
/// "List us in the Learning Partner directory": the form, the landing-page check against the partner's website on
/// record, and the date the listing should be visible, filed as a <see cref="TicketType.DirectoryListing"/> ticket.
/// </summary>
public sealed class DirectoryDialog(DirectoryCards cards, IEligibilityService eligibility, RequesterLookup requesters, RequestFiling filing, TimeProvider clock)
    : RequestFormDialog(nameof(DirectoryDialog), requesters, filing, clock)
{
    protected override string FormId => DirectoryForm.Id;

    protected override TicketType TicketType => TicketType.DirectoryListing;

    protected override IReadOnlyList<string> Fields => DirectoryForm.Fields;

    protected override async Task<Attachment> FormCardAsync(string instance, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, Requester requester, RequestStrings strings, CancellationToken cancellationToken)
    {
        var warning = DirectoryForm.OffSiteWarning(values, await WebsiteAsync(values, requester, cancellationToken), strings);
        return cards.Form(instance, values, errors, requester, warning, DirectoryUpdateSchedule.For(Today), strings);
    }

    protected override async Task<FormCheck<TicketPayload>> CheckAsync(IReadOnlyDictionary<string, string> values, Requester requester, RequestStrings strings, CancellationToken cancellationToken)
    {
        var check = DirectoryForm.Check(values, await WebsiteAsync(values, requester, cancellationToken), Today, strings);
        return new FormCheck<TicketPayload>(check.Payload, check.Errors, check.Kept);
    }

    protected override Task<Attachment> ConfirmCardAsync(string instance, TicketPayload payload, FilingPartner partner, Requester requester, RequestStrings strings, CancellationToken cancellationToken) =>
        Task.FromResult(cards.Confirm(instance, (DirectoryListingPayload)payload, partner, strings));

    protected override string SentMessage(TicketReceipt receipt, TicketPayload payload, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(strings);
        return base.SentMessage(receipt, payload, strings) + " " + strings.DirectorySchedule(DirectoryUpdateSchedule.Of((DirectoryListingPayload)payload));
    }

    /// <summary>The website of the partner the listing is for, which is the one picked when the requester has several.</summary>
    private async Task<Uri?> WebsiteAsync(IReadOnlyDictionary<string, string> values, Requester requester, CancellationToken cancellationToken) =>
        PartnerFields.RecordFor(values, requester) is { } partner ? DirectoryForm.Website(await eligibility.WebsiteAsync(partner.MpnId, cancellationToken)) : null;
}
