using BotKit.Hosting;

namespace BotKit.Dialogs;

/// <summary>Decides whether a recognized answer is acceptable. It may send its own message; the retry prompt is then skipped.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a prompt validator gets to decide with.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options, int attemptCount)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's persisted state, for validators that need to remember something between attempts.</summary>
    public IDictionary<string, object?> State { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers the user has given to this prompt, this one included (1 on the first answer).</summary>
    public int AttemptCount { get; }
}
