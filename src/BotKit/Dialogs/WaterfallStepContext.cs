using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>
/// What a waterfall step sees: the caller's options, the values collected so far, the previous step's result, and the
/// full <see cref="DialogContext"/> (it shares the waterfall's stack, so BeginDialogAsync/PromptAsync work as usual).
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, dc.State)
    {
        _waterfall = waterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The options the waterfall was begun with: the original object in the first turn, a JsonElement after a reload.</summary>
    public object? Options { get; }

    /// <summary>Data kept across the steps; read typed values with <c>Values.Get&lt;T&gt;(key)</c>.</summary>
    public IDictionary<string, object?> Values { get; }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's prompt answer (or the text of the user's message when no prompt ran).</summary>
    public object? Result { get; }

    /// <summary>The begin options as <typeparamref name="T"/>, whether or not they have been through storage.</summary>
    public T? GetOptions<T>() => BotJson.Convert<T>(Options);

    /// <summary>Skips ahead to the next step in this same turn, handing it <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of waterfall '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return await _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
