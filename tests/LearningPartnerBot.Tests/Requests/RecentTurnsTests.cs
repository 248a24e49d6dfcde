using BotKit.Hosting;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Requests;
using LearningPartnerBot.Tickets;
using TestSupport.State;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>
/// The recent messages "talk to a person" hands to staff: recorded without a state write per turn, written by the
/// flush, and kept across a restart and across two instances of one conversation.
/// </summary>
public sealed class RecentTurnsTests
{
    private readonly MemoryStorage _memory = new();

    [Fact]
    public async Task A_message_turn_writes_nothing_and_the_flush_writes_both_sides_once()
    {
        var storage = new CountingStorage(_memory);
        var recentTurns = new RecentTurns(storage, TimeProvider.System);
        var adapter = Adapter(recentTurns, storage);

        await new TestFlow(adapter, Echo).Send("How do I enroll?").AssertReply("echo: How do I enroll?").StartTestAsync();

        Assert.Equal(0, storage.Writes);
        Assert.True(recentTurns.HasPending);

        await recentTurns.FlushAsync();

        Assert.Equal(1, storage.Writes);
        Assert.False(recentTurns.HasPending);
        var restarted = new RecentTurns(_memory, TimeProvider.System);
        var lines = await ReadAsync(restarted, adapter);
        Assert.Equal(["How do I enroll?", "echo: How do I enroll?"], lines.Select(l => l.Text));
        Assert.Equal(["partner", "bot"], lines.Select(l => l.From));
    }

    [Fact]
    public async Task Reading_includes_the_lines_not_yet_flushed()
    {
        var recentTurns = new RecentTurns(_memory, TimeProvider.System);
        var adapter = Adapter(recentTurns, _memory);

        await new TestFlow(adapter, Echo).Send("first").AssertReply("echo: first").StartTestAsync();

        Assert.Equal(["first", "echo: first"], (await ReadAsync(recentTurns, adapter)).Select(l => l.Text));
    }

    [Fact]
    public async Task Two_instances_on_one_conversation_keep_every_line_in_the_order_it_was_said()
    {
        var clock = new SteppingClock();
        var first = new RecentTurns(_memory, clock);
        var second = new RecentTurns(_memory, clock);
        var conversation = TestAdapter.CreateConversation(BotKit.Schema.Channels.Test);
        var onFirst = Adapter(first, _memory, conversation);
        var onSecond = Adapter(second, _memory, conversation);

        await new TestFlow(onFirst, Echo).Send("one").AssertReply("echo: one").StartTestAsync();
        await new TestFlow(onSecond, Echo).Send("two").AssertReply("echo: two").StartTestAsync();
        await new TestFlow(onFirst, Echo).Send("three").AssertReply("echo: three").StartTestAsync();

        // The later lines are written first: the merge still orders by time and drops nothing.
        await first.FlushAsync();
        await second.FlushAsync();

        var lines = await ReadAsync(new RecentTurns(_memory, clock), onFirst);
        Assert.Equal(["one", "echo: one", "two", "echo: two", "three", "echo: three"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task Many_conversations_are_flushed_in_one_write_each_with_its_own_lines()
    {
        var storage = new CountingStorage(_memory);
        var recentTurns = new RecentTurns(storage, TimeProvider.System);
        var adapters = Enumerable.Range(1, 3).Select(i => Adapter(recentTurns, _memory, Conversation($"conversation-{i}"))).ToList();
        for (var i = 0; i < adapters.Count; i++)
        {
            await new TestFlow(adapters[i], Echo).Send($"question {i}").AssertReply($"echo: question {i}").StartTestAsync();
        }

        await recentTurns.FlushAsync();

        Assert.Equal(1, storage.Writes);
        for (var i = 0; i < adapters.Count; i++)
        {
            var lines = await ReadAsync(new RecentTurns(_memory, TimeProvider.System), adapters[i]);
            Assert.Equal([$"question {i}", $"echo: question {i}"], lines.Select(l => l.Text));
        }
    }

    [Fact]
    public async Task A_batch_that_conflicts_with_another_instance_is_written_conversation_by_conversation_and_loses_nothing()
    {
        var clock = new SteppingClock();
        var shared = TestAdapter.CreateConversation(BotKit.Schema.Channels.Test);
        var other = new RecentTurns(_memory, clock);
        await new TestFlow(Adapter(other, _memory, shared), Echo).Send("elsewhere").AssertReply("echo: elsewhere").StartTestAsync();

        // The other instance writes the shared conversation between this flush's read and its batch write.
        var racing = new WriteFirstStorage(_memory, () => other.FlushAsync());
        var mine = new RecentTurns(racing, clock);
        var onShared = Adapter(mine, _memory, shared);
        var onOwn = Adapter(mine, _memory, Conversation("my-own"));
        await new TestFlow(onShared, Echo).Send("here").AssertReply("echo: here").StartTestAsync();
        await new TestFlow(onOwn, Echo).Send("mine alone").AssertReply("echo: mine alone").StartTestAsync();

        await mine.FlushAsync();

        Assert.True(racing.Conflicted);
        Assert.False(mine.HasPending);
        Assert.Equal(["elsewhere", "echo: elsewhere", "here", "echo: here"], (await ReadAsync(new RecentTurns(_memory, clock), onShared)).Select(l => l.Text));
        Assert.Equal(["mine alone", "echo: mine alone"], (await ReadAsync(new RecentTurns(_memory, clock), onOwn)).Select(l => l.Text));
    }

    [Fact]
    public async Task Only_the_latest_lines_are_kept()
    {
        var recentTurns = new RecentTurns(_memory, TimeProvider.System);
        var adapter = Adapter(recentTurns, _memory);
        var flow = new TestFlow(adapter, Echo);
        for (var i = 1; i <= RecentTurns.Kept; i++)
        {
            flow = flow.Send($"message {i}").AssertReply($"echo: message {i}");
        }

        await flow.StartTestAsync();
        await recentTurns.FlushAsync();

        var lines = await ReadAsync(recentTurns, adapter);
        Assert.Equal(RecentTurns.Kept, lines.Count);
        Assert.Equal($"message {(RecentTurns.Kept / 2) + 1}", lines[0].Text);
        Assert.Equal($"echo: message {RecentTurns.Kept}", lines[^1].Text);
    }

    [Fact]
    public async Task Lines_whose_write_failed_are_written_by_the_next_flush()
    {
        var storage = new OutageStorage(_memory) { Down = true };
        var recentTurns = new RecentTurns(storage, TimeProvider.System);
        var adapter = Adapter(recentTurns, _memory);
        await new TestFlow(adapter, Echo).Send("kept").AssertReply("echo: kept").StartTestAsync();

        await Assert.ThrowsAsync<AggregateException>(() => recentTurns.FlushAsync());
        Assert.True(recentTurns.HasPending);
        storage.Down = false;
        await recentTurns.FlushAsync();

        var lines = await ReadAsync(new RecentTurns(_memory, TimeProvider.System), adapter);
        Assert.Equal(["kept", "echo: kept"], lines.Select(l => l.Text));
    }

    [Fact]
    public async Task Stopping_the_host_writes_the_lines_still_waiting()
    {
        var recentTurns = new RecentTurns(_memory, TimeProvider.System);
        var adapter = Adapter(recentTurns, _memory);
        var options = Microsoft.Extensions.Options.Options.Create(new RecentTurnsOptions { FlushInterval = TimeSpan.FromHours(1) });
        using var flusher = new RecentTurnsFlusher(recentTurns, options, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<RecentTurnsFlusher>.Instance);
        await flusher.StartAsync(CancellationToken.None);
        await new TestFlow(adapter, Echo).Send("before shutdown").AssertReply("echo: before shutdown").StartTestAsync();

        await flusher.StopAsync(CancellationToken.None);

        Assert.False(recentTurns.HasPending);
        var lines = await ReadAsync(new RecentTurns(_memory, TimeProvider.System), adapter);
        Assert.Equal(["before shutdown", "echo: before shutdown"], lines.Select(l => l.Text));
    }

    private static BotKit.Schema.ConversationReference Conversation(string id)
    {
        var conversation = TestAdapter.CreateConversation(BotKit.Schema.Channels.Test);
        conversation.Conversation = new BotKit.Schema.ConversationAccount(id, id, false);
        return conversation;
    }

    private static TestAdapter Adapter(RecentTurns recentTurns, IStorage storage, BotKit.Schema.ConversationReference? conversation = null)
    {
        var adapter = conversation is null ? new TestAdapter() : new TestAdapter(conversation);
        adapter.Use(new AutoSaveStateMiddleware(new ConversationState(storage), new UserState(storage)));
        adapter.Use(recentTurns);
        return adapter;
    }

    private static async Task Echo(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync("echo: " + turnContext.Activity.Text, cancellationToken: cancellationToken);

    /// <summary>Reads as "talk to a person" does, inside a turn of the adapter's conversation.</summary>
    private static async Task<IReadOnlyList<TranscriptLine>> ReadAsync(RecentTurns recentTurns, TestAdapter adapter)
    {
        IReadOnlyList<TranscriptLine> lines = [];
        // An event, not a message, so the read itself is not recorded.
        var activity = adapter.MakeActivity();
        activity.Type = BotKit.Schema.ActivityTypes.Event;
        await adapter.ProcessActivityAsync(activity, async (context, ct) => lines = await recentTurns.ReadAsync(context, ct));
        return lines;
    }

    /// <summary>Refuses every write while <see cref="Down"/>.</summary>
    private sealed class OutageStorage(IStorage inner) : IStorage
    {
        public bool Down { get; set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default) =>
            Down
                ? throw new InvalidOperationException("The database is down.")
                : inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>Runs another writer just before the first write passes through, and records whether that write then conflicted.</summary>
    private sealed class WriteFirstStorage(IStorage inner, Func<Task> before) : IStorage
    {
        private int _writes;

        public bool Conflicted { get; private set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _writes) == 1)
            {
                await before();
            }

            try
            {
                return await inner.WriteAsync(changes, cancellationToken);
            }
            catch (EtagConflictException)
            {
                Conflicted = true;
                throw;
            }
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>A second later on every reading, so each line has its own time.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _ticks = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).Ticks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }
}
