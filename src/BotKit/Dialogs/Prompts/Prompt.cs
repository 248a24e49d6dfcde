using System.Globalization;
using BotKit.Hosting;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>
/// Asks one question and waits until the answer is recognized and valid, re-asking with the retry prompt in between.
/// The options and the attempt count are kept in the instance state, so a prompt survives between turns.
/// </summary>
public abstract class Prompt<T> : Dialog, IPrompt
{
    private const string OptionsKey = PromptState.OptionsKey;
    private const string AttemptCountKey = "attemptCount";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId) => _validator = validator;

    /// <summary>The language used when the activity's locale is missing or unsupported (en, nl, tr, or a locale of those).</summary>
    public string? DefaultLocale { get; set; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be started with PromptOptions.", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = promptOptions;
        state[AttemptCountKey] = 0;
        await OnPromptAsync(dc.Context, state, promptOptions, isRetry: false, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>
    /// Whether the turn's activity is an answer this prompt recognizes (before any validator), without consuming it: a
    /// parent that handles interruptions asks this to tell an answer from a question typed in the middle of a step.
    /// </summary>
    public async Task<bool> RecognizesAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is not { } active || active.Id != Id || !dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return false;
        }

        var recognized = await OnRecognizeAsync(dc.Context, active.State, OptionsOf(active.State), cancellationToken);
        return recognized.Succeeded;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var options = OptionsOf(state);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var attemptCount = state.Get<int>(AttemptCountKey) + 1;
        state[AttemptCountKey] = attemptCount;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options, attemptCount), cancellationToken);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is { } maxAttempts && attemptCount >= maxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        // A validator that explained the problem itself has already answered; a second message would be noise.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog this prompt started has ended (rare); ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, instance.State, OptionsOf(instance.State), isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question, or on a retry the retry prompt (or this prompt's localized default).</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>The language for this turn: the activity's (locale, then clientInfo), else <see cref="DefaultLocale"/>, else English.</summary>
    protected CultureInfo GetCulture(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return PromptCulture.Resolve(turnContext.Activity, DefaultLocale);
    }

    /// <summary>
    /// A fresh copy of the activity to send: the stored options are never handed to the channel, which would
    /// stamp ids and addresses on them.
    /// </summary>
    protected static Activity PrepareToSend(Activity? activity)
    {
        var copy = activity?.Clone() ?? Activity.CreateMessageActivity();
        copy.Type ??= ActivityTypes.Message;
        copy.InputHint ??= InputHints.ExpectingInput;
        return copy;
    }

    /// <summary>The first ask, or on a retry the caller's retry prompt, else this prompt type's localized default.</summary>
    protected static Activity? PromptOrRetry(PromptOptions options, bool isRetry, Func<string> defaultRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(defaultRetry);
        return !isRetry ? options.Prompt : options.RetryPrompt ?? MessageFactory.Text(defaultRetry());
    }

    private static PromptOptions OptionsOf(IDictionary<string, object?> state) =>
        state.GetOrCreate(OptionsKey, () => new PromptOptions());
}
