using BotKit.Dialogs;
using BotKit.State;
using BotKit.Testing;
using TestSupport.State;

namespace BotKit.Tests.Dialogs;

/// <summary>An empty dialog stack is not stored: a turn whose dialogs began and ended changes no state.</summary>
public sealed class EmptyDialogStackTests
{
    private readonly CountingStorage _storage = new(new MemoryStorage());

    [Fact]
    public async Task A_dialog_that_answers_and_ends_in_one_turn_writes_no_state()
    {
        var flow = Flow(new WaterfallDialog("answer",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("answer: " + step.Context.Activity.Text, cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));

        await flow.Send("one").AssertReply("answer: one").Send("two").AssertReply("answer: two").StartTestAsync();

        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task A_dialog_waiting_for_the_next_turn_is_still_stored_and_continued()
    {
        var flow = Flow(new WaterfallDialog("ask",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Your name?", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("Hello " + step.Context.Activity.Text, cancellationToken: ct);
                return await step.EndDialogAsync(cancellationToken: ct);
            },
        ]));

        await flow.Send("hi").AssertReply("Your name?").Send("Ayşe").AssertReply("Hello Ayşe").Send("again").AssertReply("Your name?").StartTestAsync();

        // The waiting stack after turns 1 and 3; the emptied stack after turn 2 is removed, which is a change too.
        Assert.Equal(3, _storage.Writes);
    }

    private TestFlow Flow(Dialog root)
    {
        var conversationState = new ConversationState(_storage);
        var dialogState = conversationState.CreateProperty<DialogState>("dialogState");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(conversationState));
        return new TestFlow(adapter, (turnContext, ct) => root.RunAsync(turnContext, dialogState, ct));
    }
}
