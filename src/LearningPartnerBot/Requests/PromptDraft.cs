using BotKit.Dialogs;

namespace LearningPartnerBot.Requests;

/// <summary>What a request prompt keeps instead of its card: enough to render the card again, and the form instance it belongs to.</summary>
public interface IPromptDraft
{
    string Instance { get; }
}

/// <summary>How the form and "send this?" prompts begin with a draft: kept in the prompt's state, never as a card.</summary>
internal static class PromptDraft
{
    public const string Key = "draft";

    /// <summary>
    /// Keeps <paramref name="options"/> in the active prompt's state when it is a draft, and returns the options to
    /// begin the prompt with: only the form instance, in <see cref="PromptOptions.Validations"/>, where a parent reads
    /// which form a click belongs to. Other options pass through unchanged.
    /// </summary>
    public static object? Begin(DialogContext dc, object? options)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not IPromptDraft draft)
        {
            return options;
        }

        dc.ActiveDialog!.State[Key] = draft;
        return new PromptOptions { Validations = draft.Instance };
    }
}
