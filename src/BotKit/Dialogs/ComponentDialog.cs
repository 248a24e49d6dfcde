using BotKit.Hosting;

namespace BotKit.Dialogs;

/// <summary>
/// A dialog made of other dialogs. It runs its own inner stack, persisted inside its instance state under "dialogs",
/// so the outer stack sees one dialog while the component may be several prompts deep. Override
/// <see cref="OnContinueDialogAsync"/> to intercept messages (e.g. "help" and "cancel") before the inner dialogs see them.
/// </summary>
public class ComponentDialog : Dialog
{
    /// <summary>The instance-state key of the inner stack.</summary>
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog started when the component begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public DialogSet Dialogs { get; } = new();

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateInnerDc(dc, dc.ActiveDialog!);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(dc, turnResult.Result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateInnerDc(dc, dc.ActiveDialog!);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken);

        // A cancelled inner stack ends the component too; its caller then resumes with a null result.
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(dc, turnResult.Result, cancellationToken);
    }

    /// <summary>
    /// Only reached when an inner dialog pushed something onto the outer stack and it ended; the component then asks
    /// its own active dialog to repeat the question.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        await CreateInnerDc(turnContext, instance).RepromptDialogAsync(cancellationToken);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            await CreateInnerDc(turnContext, instance).CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs to start.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called when the inner stack finished; by default the component ends with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>The context of this component's inner stack, for a parent that looks at what the component is waiting for.</summary>
    public DialogContext CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return CreateInnerDc(dc, dc.ActiveDialog ?? throw new InvalidOperationException($"ComponentDialog '{Id}' is not active."));
    }

    private DialogContext CreateInnerDc(DialogContext outerDc, DialogInstance instance) =>
        new(Dialogs, outerDc, InnerState(instance));

    private DialogContext CreateInnerDc(ITurnContext turnContext, DialogInstance instance) =>
        new(Dialogs, turnContext, InnerState(instance));

    private static DialogState InnerState(DialogInstance instance) =>
        instance.State.GetOrCreate(PersistedDialogState, () => new DialogState());
}
