using BotKit.Schema;
using LearningPartnerBot.Eligibility.Rules;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests.Discrepancy;

/// <summary>
/// "My KPI dashboard is wrong": the article's list of details as a form, checked here, compared with what the
/// eligibility store holds for that invoice, and filed as a <see cref="TicketType.KpiDiscrepancy"/> ticket.
/// </summary>
public sealed class DiscrepancyDialog(DiscrepancyCards cards, IEligibilityService eligibility, RequesterLookup requesters, RequestFiling filing, TimeProvider clock)
    : RequestFormDialog(nameof(DiscrepancyDialog), requesters, filing, clock)
{
    protected override string FormId => DiscrepancyForm.Id;

    protected override TicketType TicketType => TicketType.KpiDiscrepancy;

    protected override IReadOnlyList<string> Fields => DiscrepancyForm.Fields;

    protected override Task<Attachment> FormCardAsync(string instance, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, Requester requester, RequestStrings strings, CancellationToken cancellationToken) =>
        Task.FromResult(cards.Form(instance, values, errors, requester, Today, strings));

    protected override Task<FormCheck<TicketPayload>> CheckAsync(IReadOnlyDictionary<string, string> values, Requester requester, RequestStrings strings, CancellationToken cancellationToken)
    {
        var check = DiscrepancyForm.Check(values, Today, strings);
        return Task.FromResult(new FormCheck<TicketPayload>(check.Payload, check.Errors, check.Kept));
    }

    protected override async Task<Attachment> ConfirmCardAsync(string instance, TicketPayload payload, FilingPartner partner, Requester requester, RequestStrings strings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var discrepancy = (KpiDiscrepancyPayload)payload;
        // Only a partner's own record is compared: an MPN ID someone typed proves nothing, so shows nothing stored.
        var stored = partner.Stated
            ? null
            : await eligibility.InvoiceLinesAsync(partner.MpnId, discrepancy.InvoiceNumber, cancellationToken);
        return cards.Confirm(instance, discrepancy, partner, stored, strings);
    }
}
