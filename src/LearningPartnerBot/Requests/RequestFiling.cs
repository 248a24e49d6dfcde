using BotKit.Hosting;
using BotKit.State;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// Turns a checked request into a ticket and remembers, per conversation, which form instances were sent and under
/// which reference: a second click on a Send button whose form is already gone is answered with the same reference.
/// </summary>
public sealed class RequestFiling(ITicketService tickets, ConversationState conversationState)
{
    /// <summary>Enough for every form a partner can still scroll back to; older ones fall off.</summary>
    private const int RememberedForms = 20;

    private readonly IStatePropertyAccessor<List<SentForm>> _sent = conversationState.CreateProperty<List<SentForm>>("SentRequestForms");

    /// <param name="partner">The partner the request is for; null when nothing says (a request to talk to a person).</param>
    public async Task<TicketReceipt> FileAsync(ITurnContext turnContext, Requester requester, FilingPartner? partner, TicketType type, TicketPayload payload, string? formInstance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(requester);
        var activity = turnContext.Activity;
        var receipt = await tickets.CreateAsync(
            new NewTicket(
                type,
                partner?.MpnId ?? requester.Partner?.MpnId,
                requester.Account,
                LocaleResolver.Resolve(activity).Name,
                payload,
                activity.GetConversationReference(),
                activity.ChannelId ?? string.Empty,
                activity.Id ?? formInstance ?? Guid.NewGuid().ToString("N"),
                formInstance,
                partner?.CompanyName ?? requester.Partner?.PartnerName,
                partner?.Stated ?? false),
            cancellationToken);
        if (formInstance is not null)
        {
            var sent = await _sent.GetAsync(turnContext, () => [], cancellationToken) ?? [];
            sent.RemoveAll(s => s.Instance == formInstance);
            sent.Add(new SentForm(formInstance, receipt.Reference));
            if (sent.Count > RememberedForms)
            {
                sent.RemoveRange(0, sent.Count - RememberedForms);
            }

            await _sent.SetAsync(turnContext, sent, cancellationToken);
        }

        return receipt;
    }

    /// <summary>The reference of a form instance already sent from this conversation, or null.</summary>
    public async Task<string?> SentReferenceAsync(ITurnContext turnContext, string formInstance, CancellationToken cancellationToken)
    {
        var sent = await _sent.GetAsync(turnContext, cancellationToken: cancellationToken);
        return sent?.FirstOrDefault(s => s.Instance == formInstance)?.Reference;
    }

    public sealed record SentForm(string Instance, string Reference);
}
