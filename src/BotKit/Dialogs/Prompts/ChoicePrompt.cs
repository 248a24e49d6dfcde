using BotKit.Dialogs.Choices;
using BotKit.Hosting;
using BotKit.Resources;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>
/// Offers <see cref="PromptOptions.Choices"/> and returns the <see cref="FoundChoice"/> the user picked, by number,
/// exact title/synonym, or partial text (see <see cref="ChoiceRecognizer"/>). The default retry re-offers the choices.
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator) => DefaultLocale = defaultLocale;

    /// <summary>
    /// The lowest score a partial match needs to count as an answer (see <see cref="FoundChoice.Score"/>). At 0 any shared
    /// word picks a choice; a higher value keeps a question that merely mentions a choice's word from being taken for it.
    /// </summary>
    public double MinScore { get; set; }

    /// <summary>Used when <see cref="PromptOptions.Style"/> is not set.</summary>
    public ListStyle Style { get; set; } = ListStyle.SuggestedAction;

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var culture = GetCulture(turnContext);
        var activity = PromptOrRetry(options, isRetry, () => DialogStrings.ChoiceRetry(culture));
        var rendered = ChoiceFactory.Render(PrepareToSend(activity), options.Choices ?? [], options.Style ?? Style, ChoiceFactoryOptions.ForCulture(culture));
        await turnContext.SendActivityAsync(rendered, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var found = ChoiceRecognizer.Recognize(ChoiceFactory.AnswerOf(turnContext.Activity), options.Choices ?? []);
        if (found is not null && found.Score < MinScore)
        {
            found = null;
        }

        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
