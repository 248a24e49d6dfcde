using System.Text;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// What works from any point in the chat, even mid-form: "my requests", "talk to a person", and a repeated click on the
/// Send button of a form that was already sent.
/// </summary>
public sealed class RequestShortcuts(ITicketService tickets, RequestFiling filing, RequesterLookup requesters, RecentTurns recentTurns)
{
    /// <summary>A Send of a form instance that was already filed: shows its reference again and returns true; otherwise false.</summary>
    public async Task<bool> TryRepeatSentAsync(ITurnContext turnContext, FormSubmit submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(submit);
        if (submit is not { Action: FormSubmit.Send, Instance: { } instance }
            || await filing.SentReferenceAsync(turnContext, instance, cancellationToken) is not { } reference)
        {
            return false;
        }

        await SendAsync(turnContext, Strings(turnContext).AlreadySent(reference), cancellationToken);
        return true;
    }

    public async Task ShowMyRequestsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var strings = Strings(turnContext);
        var mine = await tickets.ListForRequesterAsync(requesters.RequesterId(turnContext), cancellationToken);
        if (mine.Count == 0)
        {
            await SendAsync(turnContext, strings.MyRequestsNone, cancellationToken);
            return;
        }

        var text = new StringBuilder(strings.MyRequestsHeading);
        foreach (var ticket in mine)
        {
            text.Append("\n\n- ").Append(strings.MyRequestsLine(ticket));
        }

        await SendAsync(turnContext, text.ToString(), cancellationToken);
    }

    /// <summary>
    /// Files a general ticket with the recent messages and shows its reference once it exists. While the partner already
    /// has one that a person has not closed, the new message is added to that ticket instead of filing another.
    /// </summary>
    public async Task TalkToPersonAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var strings = Strings(turnContext);
        var message = turnContext.Activity.Text is { Length: > 0 } text ? text : strings.MenuTalkToPerson;
        var requesterId = requesters.RequesterId(turnContext);
        var open = (await tickets.ListForRequesterAsync(requesterId, cancellationToken))
            .FirstOrDefault(t => t.Type == TicketType.General && t.Status is not (TicketStatus.Resolved or TicketStatus.Rejected));
        if (open is not null)
        {
            await tickets.AddPartnerMessageAsync(open.Reference, requesterId, message, cancellationToken);
            await SendAsync(turnContext, strings.PersonAdded(open.Reference), cancellationToken);
            return;
        }

        var requester = await requesters.FindAsync(turnContext, cancellationToken);
        var transcript = await recentTurns.ReadAsync(turnContext, cancellationToken);
        var receipt = await filing.FileAsync(
            turnContext, requester, partner: null, TicketType.General, new GeneralRequestPayload(message, [.. transcript]), formInstance: null, cancellationToken);
        await SendAsync(turnContext, strings.PersonFiled(receipt.Reference), cancellationToken);
    }

    private static RequestStrings Strings(ITurnContext turnContext) => RequestStrings.Get(LocaleResolver.Resolve(turnContext.Activity));

    private static async Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
