using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Requests;

/// <summary>Renders the form card for a <see cref="FormDraft"/>, at the moment it is sent.</summary>
public delegate Task<Attachment> FormCardRenderer(ITurnContext turnContext, FormDraft draft, CancellationToken cancellationToken);

/// <summary>
/// The form step: a <see cref="CardPrompt"/> begun with a <see cref="FormDraft"/> rather than with a card. It keeps the
/// draft in its state and renders the card each time it is sent (first show, the form offered again after a question
/// in between, a retry with its reminder), so the card is never stored. The form instance stays in
/// <see cref="PromptOptions.Validations"/>, where a parent reads which form a click belongs to.
/// </summary>
public sealed class RequestFormPrompt(string dialogId, PromptValidator<System.Text.Json.JsonElement> validator, FormCardRenderer render)
    : CardPrompt(dialogId, validator)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        base.BeginDialogAsync(dc, PromptDraft.Begin(dc, options), cancellationToken);

    /// <summary>
    /// From now on the form is offered as <paramref name="draft"/>. A card a form of an earlier version kept in its
    /// options is dropped here, so its state shrinks at the partner's next submit.
    /// </summary>
    public static void Keep(PromptValidatorContext<System.Text.Json.JsonElement> prompt, FormDraft draft)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.State[PromptDraft.Key] = draft;
        prompt.Options.Prompt = null;
        prompt.Options.RetryPrompt = null;
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        if (!state.TryGet<FormDraft>(PromptDraft.Key, out var draft) || draft is null)
        {
            // Left open by a version that kept the rendered card in the options: that card is still the form.
            await base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken);
            return;
        }

        var card = await render(turnContext, draft, cancellationToken);
        var retry = isRetry ? RequestStrings.Get(LocaleResolver.Resolve(turnContext.Activity)).FormRetry : null;
        // Built for this message alone, so unlike stored options it needs no copy before the channel stamps it.
        await turnContext.SendActivityAsync(MessageFactory.Attachment(card, retry, InputHints.ExpectingInput), cancellationToken);
    }
}
