using BotKit.Hosting;
using BotKit.Schema;
using BotKit.Testing;

namespace BotKit.Tests.Hosting;

public sealed class TurnContextTests
{
    [Fact]
    public async Task Replies_are_addressed_back_to_the_sender_in_the_same_conversation()
    {
        var adapter = new TestAdapter(Channels.Msteams) { Locale = "nl-NL" };
        await adapter.SendTextToBotAsync("hallo", (ctx, ct) => ctx.SendActivityAsync("dag!", cancellationToken: ct));

        var reply = adapter.GetNextReply()!;
        Assert.Equal("dag!", reply.Text);
        Assert.Equal(adapter.Conversation.User!.Id, reply.Recipient!.Id);
        Assert.Equal(adapter.Conversation.Bot!.Id, reply.From!.Id);
        Assert.Equal(adapter.Conversation.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(Channels.Msteams, reply.ChannelId);
        Assert.Equal("nl-NL", reply.Locale);
        Assert.NotNull(reply.ReplyToId);
    }

    [Fact]
    public async Task Send_hooks_run_in_order_and_can_rewrite_or_drop_outgoing_activities()
    {
        var adapter = new TestAdapter();
        var order = new List<string>();
        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            ctx.OnSendActivities(async (c, activities, next) =>
            {
                order.Add("first");
                activities.ForEach(a => a.Text = a.Text?.ToUpperInvariant());
                return await next();
            });
            ctx.OnSendActivities((c, activities, next) =>
            {
                order.Add("second");
                activities.RemoveAll(a => a.Text == "SECRET");
                return next();
            });
            await ctx.SendActivityAsync("secret", cancellationToken: ct);
            await ctx.SendActivityAsync("public", cancellationToken: ct);
        });

        Assert.Equal(["first", "second", "first", "second"], order);
        Assert.Equal("PUBLIC", adapter.GetNextReply()!.Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task Responded_becomes_true_on_a_message_but_not_on_a_trace()
    {
        var adapter = new TestAdapter();
        bool? afterTrace = null;
        bool? afterMessage = null;
        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            await ctx.SendActivityAsync(Activity.CreateTraceActivity("t"), ct);
            afterTrace = ctx.Responded;
            await ctx.SendActivityAsync("hello", cancellationToken: ct);
            afterMessage = ctx.Responded;
        });

        Assert.False(afterTrace);
        Assert.True(afterMessage);
    }

    [Fact]
    public async Task ExpectReplies_buffers_every_reply_instead_of_delivering_it()
    {
        var adapter = new TestAdapter();
        var activity = adapter.MakeActivity("hi");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        List<Activity>? buffered = null;
        await adapter.ProcessActivityAsync(activity, async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("one", cancellationToken: ct);
            await ctx.SendActivityAsync("two", cancellationToken: ct);
            buffered = ctx.BufferedReplyActivities;
        });

        Assert.Equal(["one", "two"], buffered!.Select(a => a.Text));
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task Update_and_delete_go_through_their_hooks_to_the_adapter()
    {
        var adapter = new TestAdapter();
        var seen = new List<string>();
        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            ctx.OnUpdateActivity((c, a, next) => { seen.Add("update " + a.Id); return next(); });
            ctx.OnDeleteActivity((c, r, next) => { seen.Add("delete " + r.ActivityId); return next(); });
            await ctx.UpdateActivityAsync(new Activity { Type = ActivityTypes.Message, Id = "42", Text = "edited" }, ct);
            await ctx.DeleteActivityAsync("43", ct);
        });

        Assert.Equal(["update 42", "delete 43"], seen);
        Assert.True(adapter.Updates.TryDequeue(out var updated));
        Assert.Equal("edited", updated.Text);
        Assert.True(adapter.Deletes.TryDequeue(out var deleted));
        Assert.Equal("43", deleted);
    }

    [Fact]
    public async Task An_exception_goes_to_OnTurnError_with_the_turn_that_failed()
    {
        var adapter = new TestAdapter();
        Exception? caught = null;
        adapter.OnTurnError = async (ctx, ex) =>
        {
            caught = ex;
            await ctx.SendActivityAsync("sorry", cancellationToken: default);
        };

        await adapter.SendTextToBotAsync("boom", (ctx, ct) => throw new InvalidOperationException("broken"));

        Assert.IsType<InvalidOperationException>(caught);
        Assert.Equal("sorry", adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task Without_OnTurnError_the_exception_reaches_the_caller()
    {
        var adapter = new TestAdapter();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.SendTextToBotAsync("boom", (ctx, ct) => throw new InvalidOperationException("broken")));
    }

    [Fact]
    public async Task Middleware_wraps_the_bot_in_registration_order()
    {
        var order = new List<string>();
        var adapter = new TestAdapter()
            .Use(new RecordingMiddleware("outer", order))
            .Use(new RecordingMiddleware("inner", order));

        await adapter.SendTextToBotAsync("hi", (ctx, ct) => { order.Add("bot"); return Task.CompletedTask; });

        Assert.Equal(["outer>", "inner>", "bot", "<inner", "<outer"], order);
    }

    private sealed class RecordingMiddleware(string name, List<string> order) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            order.Add(name + ">");
            await next(cancellationToken);
            order.Add("<" + name);
        }
    }
}
