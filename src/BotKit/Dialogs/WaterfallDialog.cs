using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>
/// A fixed sequence of steps. Each step usually prompts and returns <see cref="Dialog.EndOfTurn"/>; the prompt's answer
/// arrives as the next step's <see cref="WaterfallStepContext.Result"/>. The step index, the caller's options and
/// <see cref="WaterfallStepContext.Values"/> are kept in the instance state, so a waterfall survives between turns.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId) => _steps = steps is null ? [] : [.. steps];

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options;
        state[ValuesKey] = new Dictionary<string, object?>(StringComparer.Ordinal);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>Only messages move a waterfall on; typing, events and the like leave it waiting.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.Context.Activity.IsType(ActivityTypes.Message)
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = dc.ActiveDialog!.State.Get<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to log or wrap steps.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            // Past the last step the waterfall returns whatever the last step (or its prompt) produced.
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        var values = state.GetOrCreate<IDictionary<string, object?>>(ValuesKey, () => new Dictionary<string, object?>(StringComparer.Ordinal));
        state.TryGetValue(OptionsKey, out var options);

        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken);
    }
}
