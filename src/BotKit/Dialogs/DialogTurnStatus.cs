namespace BotKit.Dialogs;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active, so nothing ran.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds what it returned.</summary>
    Complete,

    /// <summary>The stack was cancelled (e.g. the user said "cancel").</summary>
    Cancelled,
}
