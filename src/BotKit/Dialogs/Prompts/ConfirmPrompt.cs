using BotKit.Dialogs.Choices;
using BotKit.Hosting;
using BotKit.Resources;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>Asks a yes/no question with Yes/No buttons in the user's language (Ja/Nee, Evet/Hayır) and returns a bool.</summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator) => DefaultLocale = defaultLocale;

    /// <summary>Used when <see cref="PromptOptions.Style"/> is not set.</summary>
    public ListStyle Style { get; set; } = ListStyle.SuggestedAction;

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var culture = GetCulture(turnContext);
        var activity = PromptOrRetry(options, isRetry, () => DialogStrings.ConfirmRetry(culture));
        var choices = Choice.FromValues(DialogStrings.ConfirmYes(culture), DialogStrings.ConfirmNo(culture));
        var rendered = ChoiceFactory.Render(PrepareToSend(activity), choices, options.Style ?? Style, ChoiceFactoryOptions.ForCulture(culture));
        await turnContext.SendActivityAsync(rendered, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var culture = GetCulture(turnContext);
        var answer = ConfirmRecognizer.Recognize(ChoiceFactory.AnswerOf(turnContext.Activity), culture, DialogStrings.ConfirmYes(culture), DialogStrings.ConfirmNo(culture));
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = answer.HasValue, Value = answer ?? false });
    }
}
