using System.Text.Json;
using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Requests;

/// <summary>
/// One request form from card to ticket: send the form; check each submit on the server and re-send the form with a
/// message per invalid field and every valid value kept; ask "Send this to Partner Frontline Support?"; file the
/// ticket and only then show its reference. Each form shown gets an instance id that its buttons post back, so a
/// double click or a redelivered activity never files twice. A submit is checked once: the payload that passed is kept
/// in the dialog's state, shown on the confirm card and filed as it is, so a Send clicked after midnight files the
/// dates the partner confirmed rather than a fresh check's. Every form also says which partner it files for: the
/// requester's partner record, or, for a requester linked to none, the MPN ID and company name the form asks them for.
/// </summary>
public abstract class RequestFormDialog : ComponentDialog
{
    private const string Flow = "requestFlow";
    private const string FormPrompt = "requestForm";
    private const string SendPrompt = SendPromptId;

    /// <summary>The id of the "send this?" step, for a parent that explains the step it waits on.</summary>
    public const string SendPromptId = "requestSend";
    private const string InstanceKey = "instance";
    private const string PayloadKey = "payload";
    private const string PartnerKey = "partner";

    private readonly RequesterLookup _requesters;
    private readonly RequestFiling _filing;

    protected RequestFormDialog(string dialogId, RequesterLookup requesters, RequestFiling filing, TimeProvider clock)
        : base(dialogId)
    {
        _requesters = requesters ?? throw new ArgumentNullException(nameof(requesters));
        _filing = filing ?? throw new ArgumentNullException(nameof(filing));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        AddDialog(new RequestFormPrompt(FormPrompt, CheckSubmitAsync, RenderFormAsync));
        AddDialog(new SendConfirmationPrompt(SendPrompt, RenderConfirmAsync));
        AddDialog(new WaterfallDialog(Flow, [ShowFormAsync, ConfirmAsync, FileAsync]));
        InitialDialogId = Flow;
    }

    protected TimeProvider Clock { get; }

    /// <summary>Hands the payload that passed the check from the form prompt's validator to the confirm step, within the turn.</summary>
    private string CheckedPayloadKey => Id + ".checkedPayload";

    private string CheckedPartnerKey => Id + ".checkedPartner";

    protected DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>The form id the card's buttons post, e.g. "kpi-discrepancy".</summary>
    protected abstract string FormId { get; }

    protected abstract TicketType TicketType { get; }

    /// <summary>The inputs of the form's own card (the <see cref="PartnerFields"/> aside): what an open form keeps of the values it was started with.</summary>
    protected abstract IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// The form, filled with <paramref name="values"/> and showing <paramref name="errors"/> by field, with the
    /// <see cref="PartnerFields"/> when <paramref name="requester"/> has no partner record and the partner it files for when they do.
    /// </summary>
    protected abstract Task<Attachment> FormCardAsync(string instance, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string> errors, Requester requester, RequestStrings strings, CancellationToken cancellationToken);

    protected abstract Task<FormCheck<TicketPayload>> CheckAsync(IReadOnlyDictionary<string, string> values, Requester requester, RequestStrings strings, CancellationToken cancellationToken);

    /// <summary>The "send this?" card for a valid request: it shows <paramref name="payload"/> and <paramref name="partner"/>, which is what Send files.</summary>
    protected abstract Task<Attachment> ConfirmCardAsync(string instance, TicketPayload payload, FilingPartner partner, Requester requester, RequestStrings strings, CancellationToken cancellationToken);

    /// <summary>What the partner is told once the ticket exists.</summary>
    protected virtual string SentMessage(TicketReceipt receipt, TicketPayload payload, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(strings);
        return strings.Sent(receipt.Reference);
    }

    private async Task<DialogTurnResult> ShowFormAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var instance = Guid.NewGuid().ToString("N");
        step.Values[InstanceKey] = instance;

        // Values a card posted may carry anything; only the form's own inputs are kept with it.
        var prefilled = (step.Options as IReadOnlyDictionary<string, string> ?? new Dictionary<string, string>())
            .Where(value => Fields.Contains(value.Key) || PartnerFields.Fields.Contains(value.Key))
            .ToDictionary(StringComparer.Ordinal);
        var requester = await _requesters.FindAsync(step.Context, cancellationToken);
        return await step.BeginDialogAsync(FormPrompt, new FormDraft(instance, prefilled, new Dictionary<string, string>(), requester.ShownOnCards()), cancellationToken);
    }

    /// <summary>
    /// The card for a draft, for the requester as the draft keeps them: a question in between (the most common turn
    /// while a form is open) then costs no lookup in the partner store, and the card comes back as it was shown.
    /// </summary>
    private async Task<Attachment> RenderFormAsync(ITurnContext turnContext, FormDraft draft, CancellationToken cancellationToken)
    {
        var requester = draft.ShownFor ?? await _requesters.FindAsync(turnContext, cancellationToken);
        return await FormCardAsync(draft.Instance, draft.Values, draft.Errors, requester, Strings(turnContext), cancellationToken);
    }

    private async Task<Attachment> RenderConfirmAsync(ITurnContext turnContext, ConfirmDraft draft, CancellationToken cancellationToken)
    {
        var requester = draft.ShownFor ?? await _requesters.FindAsync(turnContext, cancellationToken);
        var partner = JsonSerializer.Deserialize<FilingPartner>(draft.Partner)
            ?? throw new InvalidOperationException($"{Id} keeps a confirm step without its partner.");
        return await ConfirmCardAsync(draft.Instance, TicketJson.Deserialize(draft.Payload), partner, requester, Strings(turnContext), cancellationToken);
    }

    /// <summary>
    /// Accepts a valid submit or Cancel; re-sends the form with errors otherwise. What was typed and the errors become
    /// the prompt's draft, so when the form is offered again after a question in between, it comes back as the partner
    /// last left it.
    /// </summary>
    private async Task<bool> CheckSubmitAsync(PromptValidatorContext<JsonElement> prompt, CancellationToken cancellationToken)
    {
        var submit = prompt.Recognized.Succeeded ? FormSubmit.From(prompt.Recognized.Value) : null;
        if (submit is null)
        {
            return false;
        }

        if (submit.Instance != prompt.Options.GetValidations<string>() || submit.Form != FormId)
        {
            return false;
        }

        if (submit.Action == FormSubmit.Cancel)
        {
            return true;
        }

        var strings = Strings(prompt.Context);
        var requester = await _requesters.FindAsync(prompt.Context, cancellationToken);
        var check = await CheckAsync(submit.Values, requester, strings, cancellationToken);
        var partner = PartnerFields.Check(submit.Values, requester, strings);
        if (check.IsValid && partner.IsValid)
        {
            prompt.Context.TurnState.Set(CheckedPayloadKey, check.Payload!);
            prompt.Context.TurnState.Set(CheckedPartnerKey, partner.Payload!);
            return true;
        }

        var kept = check.Kept.Concat(partner.Kept).ToDictionary(StringComparer.Ordinal);
        var errors = check.Errors.Concat(partner.Errors).ToDictionary(StringComparer.Ordinal);
        var draft = new FormDraft(submit.Instance!, kept, errors, requester.ShownOnCards());
        RequestFormPrompt.Keep(prompt, draft);
        var card = await FormCardAsync(draft.Instance, kept, errors, requester, strings, cancellationToken);
        await prompt.Context.SendActivityAsync(MessageFactory.Attachment(card), cancellationToken);
        return false;
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var submit = step.Result is JsonElement value ? FormSubmit.From(value) : null;
        if (submit is null)
        {
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var strings = Strings(step.Context);
        if (submit.Action == FormSubmit.Cancel)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(strings.Cancelled), cancellationToken);
            return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }

        var payload = step.Context.TurnState.Get<TicketPayload>(CheckedPayloadKey)
            ?? throw new InvalidOperationException($"{Id} reached its confirm step without a checked payload.");
        var partner = step.Context.TurnState.Get<FilingPartner>(CheckedPartnerKey)
            ?? throw new InvalidOperationException($"{Id} reached its confirm step without a checked partner.");
        var requester = await _requesters.FindAsync(step.Context, cancellationToken);
        var draft = new ConfirmDraft(step.Values.Get<string>(InstanceKey)!, TicketJson.Serialize(payload), JsonSerializer.Serialize(partner), requester.ShownOnCards());
        step.Values[PayloadKey] = draft.Payload;
        step.Values[PartnerKey] = draft.Partner;
        return await step.BeginDialogAsync(SendPrompt, draft, cancellationToken);
    }

    private async Task<DialogTurnResult> FileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var strings = Strings(step.Context);
        switch (step.Result as string)
        {
            case FormSubmit.Send:
                var requester = await _requesters.FindAsync(step.Context, cancellationToken);
                var payload = TicketJson.Deserialize(step.Values.Get<string>(PayloadKey)!);
                // A confirm card shown before the partner was recorded files for the requester's record, as it did then.
                var partner = step.Values.Get<string>(PartnerKey) is { } json
                    ? JsonSerializer.Deserialize<FilingPartner>(json)
                    : requester.Partner is { } linked ? FilingPartner.Linked(linked) : null;
                var receipt = await _filing.FileAsync(step.Context, requester, partner, TicketType, payload, step.Values.Get<string>(InstanceKey), cancellationToken);
                await step.Context.SendActivityAsync(MessageFactory.Text(SentMessage(receipt, payload, strings)), cancellationToken);
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
            case FormSubmit.Cancel:
                await step.Context.SendActivityAsync(MessageFactory.Text(strings.Cancelled), cancellationToken);
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
            default:
                return await step.EndDialogAsync(cancellationToken: cancellationToken);
        }
    }

    protected static RequestStrings Strings(ITurnContext turnContext) =>
        RequestStrings.Get(LocaleResolver.Resolve((turnContext ?? throw new ArgumentNullException(nameof(turnContext))).Activity));
}
