using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using LearningPartnerBot.Knowledge.Text;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Requests;

/// <summary>Renders the "send this?" card for a <see cref="ConfirmDraft"/>, at the moment it is sent.</summary>
public delegate Task<Attachment> ConfirmCardRenderer(ITurnContext turnContext, ConfirmDraft draft, CancellationToken cancellationToken);

/// <summary>
/// "Send this to Partner Frontline Support?": answered by the confirm card's Send or Cancel (for this form instance,
/// kept in <see cref="PromptOptions.Validations"/>) or by a typed yes or no. Anything else is not an answer: the main
/// dialog reads it as what it is (a question, cancel, help…) and offers this step again. Begun with a
/// <see cref="ConfirmDraft"/>, it keeps that in its state and renders the card each time it is sent, never storing it.
/// </summary>
public sealed class SendConfirmationPrompt(string dialogId, ConfirmCardRenderer render) : Prompt<string>(dialogId)
{
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default) =>
        base.BeginDialogAsync(dc, PromptDraft.Begin(dc, options), cancellationToken);

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        if (state.TryGet<ConfirmDraft>(PromptDraft.Key, out var draft) && draft is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(await render(turnContext, draft, cancellationToken)), cancellationToken);
            return;
        }

        // Left open by a version that kept the rendered card in the options: that card is still the question.
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (prompt is not null)
        {
            await turnContext.SendActivityAsync(prompt.Clone(), cancellationToken);
        }
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = turnContext.Activity;
        string? answer = null;
        if (FormSubmit.From(activity) is { } submit)
        {
            // A second click on the form's Continue, or a button of an older card: ask again.
            answer = submit.Instance == options.GetValidations<string>() && submit.Action is FormSubmit.Send or FormSubmit.Cancel ? submit.Action : null;
        }
        else if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            var strings = RequestStrings.Get(LocaleResolver.Resolve(activity));
            var typed = activity.Text.Trim();
            answer = IsOneOf(typed, strings.YesWords) ? FormSubmit.Send
                : IsOneOf(typed, strings.NoWords) ? FormSubmit.Cancel
                : null;
        }

        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = answer is not null, Value = answer });
    }

    /// <summary>"Evet", "EVET" and "evet!" alike; "HAYIR" folds to "hayır" only with Turkish casing, hence the folding.</summary>
    private static bool IsOneOf(string typed, string words)
    {
        var folded = Fold(typed.TrimEnd('.', '!'));
        return words.Split(';').Any(word => Fold(word) == folded);
    }

    private static string Fold(string text) => TextFolding.AsciiFold(TextFolding.TurkishLower(text));
}
