using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;

namespace BotKit.Tests.Hosting;

public sealed class ActivityDeduplicationTests
{
    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }

    private readonly MovableClock _clock = new();
    private readonly TestAdapter _adapter = new(Channels.Msteams);
    private int _turns;

    private ActivityDeduplicationMiddleware Use(int capacity = ActivityDeduplicationMiddleware.DefaultCapacity)
    {
        var middleware = new ActivityDeduplicationMiddleware(_clock, TimeSpan.FromMinutes(10), capacity);
        _adapter.Use(middleware);
        return middleware;
    }

    private Task SendAsync(string id, string conversationId = "a:personal-1", string type = ActivityTypes.Message) =>
        _adapter.ProcessActivityAsync(
            new Activity { Type = type, Id = id, Text = "file my request", Name = type == ActivityTypes.Invoke ? "adaptiveCard/action" : null, Conversation = new ConversationAccount(conversationId) },
            async (ctx, ct) =>
            {
                var turn = Interlocked.Increment(ref _turns);
                if (ctx.Activity.IsType(ActivityTypes.Invoke))
                {
                    await ctx.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = new InvokeResponse { Status = 200, Body = "turn " + turn } }, ct);
                }
                else
                {
                    await ctx.SendActivityAsync("Request filed in turn " + turn, cancellationToken: ct);
                }
            });

    [Fact]
    public async Task A_redelivered_message_runs_once_and_is_answered_once()
    {
        Use();

        await SendAsync("1:msg-1");
        _clock.Advance(TimeSpan.FromSeconds(15));
        await SendAsync("1:msg-1");

        Assert.Equal(1, _turns);
        Assert.Single(_adapter.ActiveQueue);
    }

    [Fact]
    public async Task The_same_id_in_another_conversation_or_a_new_id_runs()
    {
        Use();

        await SendAsync("1:msg-1");
        await SendAsync("1:msg-1", conversationId: "19:team-channel@thread.tacv2");
        await SendAsync("1:msg-2");

        Assert.Equal(3, _turns);
    }

    [Fact]
    public async Task A_conversation_and_id_that_spell_another_pair_together_are_a_different_activity()
    {
        Use();

        await SendAsync("2", conversationId: "a:personal-1");
        await SendAsync("12", conversationId: "a:personal-");
        await SendAsync("x", conversationId: "a:personal-1\n2");
        await SendAsync("2\nx", conversationId: "a:personal-1");

        Assert.Equal(4, _turns);
        Assert.Equal(4, _adapter.ActiveQueue.Count);
    }

    [Fact]
    public async Task A_redelivered_invoke_is_answered_with_the_first_response()
    {
        var responses = new List<InvokeResponse?>();
        _adapter.Use(new CapturingInvokeResponses(responses));
        Use();

        await SendAsync("f:invoke-1", type: ActivityTypes.Invoke);
        await SendAsync("f:invoke-1", type: ActivityTypes.Invoke);

        Assert.Equal(1, _turns);
        Assert.Equal(2, responses.Count);
        Assert.All(responses, r => Assert.Equal("turn 1", r?.Body));
    }

    [Fact]
    public async Task An_id_is_forgotten_after_the_window_so_memory_does_not_grow_forever()
    {
        var middleware = Use();

        await SendAsync("1:msg-1");
        _clock.Advance(TimeSpan.FromMinutes(11));
        await SendAsync("1:msg-1");

        Assert.Equal(2, _turns);
        Assert.Equal(1, middleware.RememberedCount);
    }

    [Fact]
    public async Task The_oldest_ids_are_dropped_beyond_the_capacity()
    {
        var middleware = Use(capacity: 2);

        await SendAsync("1:msg-1");
        await SendAsync("1:msg-2");
        await SendAsync("1:msg-3");
        await SendAsync("1:msg-3");
        await SendAsync("1:msg-1");

        Assert.Equal(4, _turns);
        Assert.Equal(2, middleware.RememberedCount);
    }

    [Fact]
    public async Task A_turn_that_failed_runs_again_when_the_channel_retries()
    {
        Use();
        var attempts = 0;
        Task Failing(ITurnContext ctx, CancellationToken ct) =>
            ++attempts == 1 ? throw new InvalidOperationException("database unavailable") : Task.CompletedTask;
        var activity = new Activity { Type = ActivityTypes.Message, Id = "1:msg-1", Text = "hi" };

        await Assert.ThrowsAsync<InvalidOperationException>(() => _adapter.ProcessActivityAsync(activity.Clone(), Failing));
        await _adapter.ProcessActivityAsync(activity.Clone(), Failing);

        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Activities_without_an_id_always_run()
    {
        var middleware = Use();

        // An empty id, because the test adapter gives a missing one a fresh id as a channel would.
        await SendAsync(id: string.Empty, type: ActivityTypes.ConversationUpdate);
        await SendAsync(id: string.Empty, type: ActivityTypes.ConversationUpdate);

        Assert.Equal(2, _turns);
        Assert.Equal(0, middleware.RememberedCount);
    }

    /// <summary>Runs around the de-dup middleware and records what the adapter would answer the HTTP request with.</summary>
    private sealed class CapturingInvokeResponses(List<InvokeResponse?> responses) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            await next(cancellationToken);
            responses.Add(turnContext.TurnState.Get<Activity>(TurnContext.InvokeResponseKey)?.Value as InvokeResponse);
        }
    }
}
