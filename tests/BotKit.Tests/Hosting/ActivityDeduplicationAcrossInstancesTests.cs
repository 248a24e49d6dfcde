using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;

namespace BotKit.Tests.Hosting;

/// <summary>Several instances of a bot sharing one state store: a redelivery runs once wherever it lands.</summary>
public sealed class ActivityDeduplicationAcrossInstancesTests
{
    [Fact]
    public async Task A_redelivery_to_another_instance_sharing_the_store_does_not_run_again()
    {
        var shared = new MemoryStorage();
        var first = Instance(shared);
        var second = Instance(shared);
        var turns = 0;
        Task Count(ITurnContext ctx, CancellationToken ct)
        {
            Interlocked.Increment(ref turns);
            return Task.CompletedTask;
        }

        var activity = new Activity { Type = ActivityTypes.Message, Id = "1:msg-1", Text = "send", Conversation = new ConversationAccount("a:personal-1") };
        await Task.WhenAll(first.ProcessActivityAsync(activity.Clone(), Count), second.ProcessActivityAsync(activity.Clone(), Count));
        await second.ProcessActivityAsync(activity.Clone(), Count);
        await second.ProcessActivityAsync(new Activity { Type = ActivityTypes.Message, Id = "1:msg-2", Text = "next", Conversation = new ConversationAccount("a:personal-1") }, Count);

        Assert.Equal(2, turns);
    }

    [Fact]
    public async Task A_turn_that_failed_on_one_instance_runs_when_the_retry_reaches_another()
    {
        var shared = new MemoryStorage();
        var first = Instance(shared);
        var second = Instance(shared);
        var ran = new List<string>();
        var activity = new Activity { Type = ActivityTypes.Message, Id = "1:msg-1", Text = "hi", Conversation = new ConversationAccount("a:personal-1") };

        await Assert.ThrowsAsync<InvalidOperationException>(() => first.ProcessActivityAsync(activity.Clone(), (_, _) => throw new InvalidOperationException("database unavailable")));
        await second.ProcessActivityAsync(activity.Clone(), (ctx, _) =>
        {
            ran.Add(ctx.Activity.Id!);
            return Task.CompletedTask;
        });

        Assert.Equal(["1:msg-1"], ran);
    }

    [Fact]
    public async Task A_retry_of_a_turn_whose_instance_died_runs_on_another_instance()
    {
        var shared = new MemoryStorage();
        var instances = new Instances();
        var dying = Instance(shared, instances.Start("a"));
        var survivor = Instance(shared, instances.Start("b"));
        var activity = new Activity { Type = ActivityTypes.Message, Id = "1:send", Text = "send", Conversation = new ConversationAccount("a:personal-1") };
        var killed = new TaskCompletionSource();
        var ran = new List<string>();

        // The first delivery is claimed and then never finishes: its process is killed mid-turn.
        var hung = dying.ProcessActivityAsync(activity.Clone(), (_, _) => killed.Task);
        await survivor.ProcessActivityAsync(activity.Clone(), (_, _) =>
        {
            ran.Add("while a lives");
            return Task.CompletedTask;
        });
        instances.Kill("a");
        await survivor.ProcessActivityAsync(activity.Clone(), (_, _) =>
        {
            ran.Add("after a died");
            return Task.CompletedTask;
        });
        await survivor.ProcessActivityAsync(activity.Clone(), (_, _) =>
        {
            ran.Add("again on b");
            return Task.CompletedTask;
        });

        Assert.Equal(["after a died"], ran);
        killed.SetResult();
        await hung;
    }

    [Fact]
    public async Task A_redelivery_after_the_instance_that_answered_it_stopped_runs_again()
    {
        var shared = new MemoryStorage();
        var instances = new Instances();
        var first = Instance(shared, instances.Start("a"));
        var activity = new Activity { Type = ActivityTypes.Message, Id = "1:send", Text = "send", Conversation = new ConversationAccount("a:personal-1") };
        var turns = 0;
        Task Count(ITurnContext ctx, CancellationToken ct)
        {
            Interlocked.Increment(ref turns);
            return Task.CompletedTask;
        }

        await first.ProcessActivityAsync(activity.Clone(), Count);
        var second = Instance(shared, instances.Start("b"));
        await second.ProcessActivityAsync(activity.Clone(), Count);
        Assert.Equal(1, turns);

        // Its answer may never have reached the channel (it went down with the instance), so the retry runs.
        instances.Kill("a");
        await second.ProcessActivityAsync(activity.Clone(), Count);
        Assert.Equal(2, turns);
    }

    private static TestAdapter Instance(IStorage shared, IInstanceLiveness? liveness = null)
    {
        var adapter = new TestAdapter(Channels.Msteams);
        adapter.Use(new ActivityDeduplicationMiddleware(window: TimeSpan.FromMinutes(10), sharedClaims: shared, instanceLiveness: liveness));
        return adapter;
    }

    /// <summary>Which instances run, as a shared database would tell: a started one lives until it is killed.</summary>
    private sealed class Instances
    {
        private readonly HashSet<string> _alive = [];

        public IInstanceLiveness Start(string id)
        {
            lock (_alive)
            {
                _alive.Add(id);
            }

            return new Liveness(this, id);
        }

        public void Kill(string id)
        {
            lock (_alive)
            {
                _alive.Remove(id);
            }
        }

        private bool IsAlive(string id)
        {
            lock (_alive)
            {
                return _alive.Contains(id);
            }
        }

        private sealed class Liveness(Instances instances, string id) : IInstanceLiveness
        {
            public string InstanceId => id;

            public ValueTask EnsureAliveAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

            public ValueTask<bool> IsAliveAsync(string instanceId, CancellationToken cancellationToken) =>
                ValueTask.FromResult(instances.IsAlive(instanceId));
        }
    }
}
