using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;

namespace BotKit.Testing;

/// <summary>
/// Drives one dialog turn by turn, as the SDK's DialogTestClient does: every turn runs through a TestAdapter with
/// AutoSaveStateMiddleware, so the dialog stack is saved to and reloaded from storage as JSON between turns.
/// </summary>
public sealed class DialogTestClient
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialDialogOptions, middlewares, conversationState)
    {
    }

    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        _adapter = testAdapter ?? throw new ArgumentNullException(nameof(testAdapter));
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        _adapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? [])
        {
            _adapter.Use(middleware);
        }

        var dialogState = ConversationState.CreateProperty<DialogState>("DialogState");
        _callback = async (turnContext, cancellationToken) =>
            DialogTurnResult = await targetDialog.RunAsync(turnContext, dialogState, initialDialogOptions, cancellationToken);
    }

    public ConversationState ConversationState { get; }

    /// <summary>The result of the last turn: Waiting while the dialog expects more input, Complete with its result at the end.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>The locale the test user's activities carry (e.g. "tr-TR").</summary>
    public string? Locale
    {
        get => _adapter.Locale;
        set => _adapter.Locale = value;
    }

    /// <summary>Sends a message as the user and returns the bot's first reply of that turn (null if it sent none).</summary>
    public Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class =>
        SendActivityAsync<T>(_adapter.MakeActivity(text), cancellationToken);

    /// <summary>Sends <paramref name="activity"/> (e.g. a card submit with a value) and returns the first reply.</summary>
    public async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default)
        where T : class
    {
        await _adapter.ProcessActivityAsync(activity, _callback, cancellationToken);
        return GetNextReply<T>();
    }

    /// <summary>The next reply not yet returned (a turn can send several), or null.</summary>
    public Activity? GetNextReply() => _adapter.GetNextReply();

    public T? GetNextReply<T>()
        where T : class => GetNextReply() as T;
}
