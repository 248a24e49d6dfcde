using BotKit.Hosting;
using BotKit.State;

namespace BotKit.Dialogs;

public static class DialogExtensions
{
    /// <summary>
    /// Runs <paramref name="dialog"/> as the root of the stack kept in <paramref name="accessor"/>: continues the active
    /// dialog, or begins this one when none is active. Returns the turn's result (the SDK returns nothing here).
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default) =>
        RunAsync(dialog, turnContext, accessor, options: null, cancellationToken);

    internal static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);

        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(dialog.Id, options, cancellationToken);
        }

        if (dc.ActiveDialog is null)
        {
            // An empty stack is what a missing one means, so it is not stored: a turn whose dialogs began and ended
            // (a FAQ answer) then leaves a new conversation's state as it found it, and writes nothing.
            await accessor.DeleteAsync(turnContext, cancellationToken);
        }

        return result;
    }
}
