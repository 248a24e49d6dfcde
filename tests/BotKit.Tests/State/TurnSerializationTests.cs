using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;

namespace BotKit.Tests.State;

/// <summary>
/// The adapter runs turns of one conversation one at a time, so state read at the start of a turn is
/// still current when it is saved; turns of different conversations still run side by side.
/// </summary>
public sealed class TurnSerializationTests
{
    [Theory]
    [MemberData(nameof(StorageKinds))]
    public async Task Parallel_turns_of_one_conversation_lose_no_update(string kind)
    {
        var (storage, cleanup) = StorageKind.Create(kind);
        using var _ = cleanup;
        var state = new ConversationState(storage);
        var counter = state.CreateProperty<int>("counter");
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(state));

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => adapter.ProcessActivityAsync(
            adapter.MakeActivity($"turn {i}"),
            async (turn, cancellationToken) =>
            {
                var value = await counter.GetAsync(turn, () => 0, cancellationToken);

                // Gives another turn the chance to read the same value, if the adapter let it in.
                await Task.Yield();
                await counter.SetAsync(turn, value + 1, cancellationToken);
            }))));

        var stored = await storage.ReadAsync([$"{Channels.Test}/conversations/Convo1"]);
        Assert.Equal(50, (int)stored.Single().Value.Document["counter"]!);
    }

    public static TheoryData<string> StorageKinds => StorageKind.All;

    [Fact]
    public async Task A_waiting_turn_does_not_hold_up_another_conversation()
    {
        var adapter = new TestAdapter();
        var conversationAEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseConversationA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var turnA = adapter.ProcessActivityAsync(
            InConversation(adapter, "A"),
            async (turn, cancellationToken) =>
            {
                conversationAEntered.SetResult();
                await releaseConversationA.Task;
                await turn.SendActivityAsync("A done", cancellationToken: cancellationToken);
            });
        await conversationAEntered.Task;

        // Only a guard against hanging forever if B were queued behind A; not a speed requirement.
        await adapter.ProcessActivityAsync(
            InConversation(adapter, "B"),
            (turn, cancellationToken) => turn.SendActivityAsync("B done", cancellationToken: cancellationToken))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(turnA.IsCompleted);
        Assert.Equal("B done", adapter.GetNextReply()?.Text);
        releaseConversationA.SetResult();
        await turnA;
        Assert.Equal("A done", adapter.GetNextReply()?.Text);
    }

    private static Activity InConversation(TestAdapter adapter, string conversationId)
    {
        var activity = adapter.MakeActivity("hi");
        activity.Conversation = new ConversationAccount(conversationId, conversationId, false);
        return activity;
    }
}
