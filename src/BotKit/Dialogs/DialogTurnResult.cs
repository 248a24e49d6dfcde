namespace BotKit.Dialogs;

/// <summary>What running the dialog stack for one turn produced.</summary>
public sealed class DialogTurnResult(DialogTurnStatus status, object? result = null)
{
    public DialogTurnStatus Status { get; } = status;

    /// <summary>The value the ending dialog returned (only for <see cref="DialogTurnStatus.Complete"/>).</summary>
    public object? Result { get; } = result;
}
