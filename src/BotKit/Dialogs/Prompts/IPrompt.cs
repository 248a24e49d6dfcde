namespace BotKit.Dialogs;

/// <summary>What every prompt can tell about the turn's activity, whatever type of answer it returns.</summary>
public interface IPrompt
{
    /// <summary>Whether the activity is an answer the prompt recognizes; the prompt's state is not changed.</summary>
    Task<bool> RecognizesAsync(DialogContext dc, CancellationToken cancellationToken = default);
}
