using BotKit.Hosting;

namespace BotKit.Dialogs;

/// <summary>
/// Drives one dialog stack during one turn: starts, continues, ends and replaces dialogs.
/// The top of the stack is <see cref="Stack"/>[0], as in the Bot Framework SDK.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        State = state ?? throw new ArgumentNullException(nameof(state));
    }

    /// <summary>A context for a stack nested in a dialog of <paramref name="parentDialogContext"/> (a component's inner stack).</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The persisted state this context works on.</summary>
    public DialogState State { get; }

    public List<DialogInstance> Stack => State.DialogStack;

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the stack this one is nested in, or null at the root.</summary>
    public DialogContext? Parent { get; set; }

    /// <summary>The inner stack of the active dialog when it is a component, else null.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } active && FindDialog(active.Id) is ComponentDialog component ? component.CreateChildContext(this) : null;

    /// <summary>The innermost context: follows <see cref="Child"/> down to the dialog that is actually waiting.</summary>
    public DialogContext Leaf
    {
        get
        {
            var leaf = this;
            while (leaf.Child is { } child && child.ActiveDialog is not null)
            {
                leaf = child;
            }

            return leaf;
        }
    }

    /// <summary>Finds a dialog in this context's set, then in each parent's set.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes dialog <paramref name="dialogId"/> onto the stack and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' was found in this DialogSet or its parents.");

        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt: the same as <see cref="BeginDialogAsync"/> with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } instance)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id)
            ?? throw new InvalidOperationException($"The active dialog '{instance.Id}' is not in this DialogSet; was it renamed or removed?");
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>
    /// Ends the active dialog and resumes the one below it with <paramref name="result"/>. When the stack becomes empty the
    /// turn result is <see cref="DialogTurnStatus.Complete"/> with that result.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);

        if (ActiveDialog is { } parentInstance)
        {
            var dialog = FindDialog(parentInstance.Id)
                ?? throw new InvalidOperationException($"Cannot resume dialog '{parentInstance.Id}': it is not in this DialogSet.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog and starts another in its place; the dialog below is not resumed in between.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack, top first; <see cref="DialogTurnStatus.Cancelled"/>, or Empty if nothing ran.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to repeat its question (e.g. after an interruption).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance && FindDialog(instance.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(Context, instance, cancellationToken);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
    }
}
