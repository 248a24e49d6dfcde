using BotKit.Dialogs;
using BotKit.Hosting;
using LearningPartnerBot.Knowledge.Text;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Requests;

/// <summary>
/// "Send this to Partner Frontline Support?": answered by the confirm card's Send or Cancel (for this form instance,
/// kept in <see cref="PromptOptions.Validations"/>) or by a typed yes or no. Anything else is not an answer: the main
/// dialog reads it as what it is (a question, cancel, help…) and offers this step again.
/// </summary>
public sealed class SendConfirmationPrompt(string dialogId) : Prompt<string>(dialogId)
{
    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
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
