using BotKit.Hosting;
using BotKit.State;

namespace BotKit.Dialogs;

/// <summary>The dialogs that can run on one dialog stack, and the state property where that stack is persisted.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IStatePropertyAccessor<DialogState> dialogState) =>
        _dialogState = dialogState ?? throw new ArgumentNullException(nameof(dialogState));

    /// <summary>A set whose stack lives inside another dialog's state (used by <see cref="ComponentDialog"/>).</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog. Ids must be unique within the set, because the persisted stack refers to dialogs by id.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new ArgumentException($"A different dialog with id '{dialog.Id}' is already in this set.", nameof(dialog));
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Loads the stack from state (creating it on first use) and returns a context to drive it for this turn.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet was created without a state property, so it cannot load a dialog stack.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return new DialogContext(this, turnContext, state!);
    }
}
