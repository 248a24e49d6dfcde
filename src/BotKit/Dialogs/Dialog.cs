using BotKit.Hosting;

namespace BotKit.Dialogs;

/// <summary>
/// A unit of conversation that can span several turns. A dialog keeps nothing in fields between turns: everything it
/// needs later goes into its <see cref="DialogInstance.State"/>, which is persisted with the conversation.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result a dialog returns when it waits for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    public string Id { get; }

    /// <summary>Called when the dialog is pushed onto the stack; <paramref name="options"/> are the caller's arguments.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with each new user activity while this dialog is on top of the stack. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a dialog this one started has ended. By default this dialog ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for whatever the dialog is waiting on.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called just before the dialog leaves the stack, for cleanup.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
