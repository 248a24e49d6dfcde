using System.Text.Json.Nodes;
using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.State;
using BotKit.Testing;
using Xunit.Abstractions;

namespace BotKit.Tests.Dialogs;

/// <summary>
/// A root dialog behind a TestAdapter wired like a real bot: conversation state in MemoryStorage saved after every
/// turn, so each turn reloads the dialog stack from JSON. The transcript goes to the test output.
/// </summary>
internal sealed class DialogHarness
{
    /// <summary>Bot code that runs before the root dialog in each turn, with the dialog stack's state property.</summary>
    public delegate Task BeforeDialog(ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken);

    public const string StorageKey = "test/conversations/Convo1";
    public const string DialogStateProperty = "dialogState";

    public DialogHarness(ITestOutputHelper output, Dialog root, string locale = "en-US", BeforeDialog? beforeDialog = null)
    {
        ConversationState = new ConversationState(Storage);
        Adapter = new TestAdapter()
            .Use(new AutoSaveStateMiddleware(ConversationState))
            .Use(new TranscriptLoggerMiddleware(output.WriteLine));
        Adapter.Locale = locale;
        DialogState = ConversationState.CreateProperty<DialogState>(DialogStateProperty);
        Flow = new TestFlow(Adapter, async (turnContext, cancellationToken) =>
        {
            if (beforeDialog is not null)
            {
                await beforeDialog(turnContext, DialogState, cancellationToken);
            }

            LastResult = await root.RunAsync(turnContext, DialogState, cancellationToken);
        });
    }

    public MemoryStorage Storage { get; } = new();

    public ConversationState ConversationState { get; }

    public IStatePropertyAccessor<DialogState> DialogState { get; }

    public TestAdapter Adapter { get; }

    public TestFlow Flow { get; }

    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>The conversation state document exactly as it was saved.</summary>
    public async Task<JsonObject> StoredStateAsync()
    {
        var items = await Storage.ReadAsync([StorageKey]);
        return items[StorageKey].Document;
    }

    /// <summary>The saved root dialog stack, top first; empty when none is stored, as an empty stack is not.</summary>
    public async Task<JsonArray> StoredStackAsync()
    {
        var items = await Storage.ReadAsync([StorageKey]);
        return items.TryGetValue(StorageKey, out var item) && item.Document[DialogStateProperty] is { } dialogState
            ? dialogState["dialogStack"]!.AsArray()
            : [];
    }
}
