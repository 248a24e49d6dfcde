using System.Text.Json;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.Testing;

namespace BotKit.Tests.Hosting;

public sealed class ActivityHandlerTests
{
    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("message");

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("membersAdded:" + string.Join(",", membersAdded.Select(m => m.Id)));

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("membersRemoved:" + string.Join(",", membersRemoved.Select(m => m.Id)));

        protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("event:" + turnContext.Activity.Name);

        protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("install");

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("uninstall");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unrecognized:" + turnContext.Activity.Type);

        protected override Task<AdaptiveCardInvokeResponse?> OnAdaptiveCardInvokeAsync(AdaptiveCardInvokeValue invokeValue, ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Calls.Add("adaptiveCard:" + invokeValue.Action?.Verb);
            return Task.FromResult<AdaptiveCardInvokeResponse?>(AdaptiveCardInvokeResponse.Message("ok"));
        }

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }

    private static async Task<(RecordingHandler Bot, InvokeResponse? InvokeResponse)> RunAsync(Activity activity)
    {
        var adapter = new TestAdapter();
        var bot = new RecordingHandler();
        InvokeResponse? invokeResponse = null;
        await adapter.ProcessActivityAsync(activity, async (ctx, ct) =>
        {
            await bot.OnTurnAsync(ctx, ct);
            invokeResponse = ctx.TurnState.Get<Activity>(TurnContext.InvokeResponseKey)?.Value as InvokeResponse;
        });
        return (bot, invokeResponse);
    }

    [Fact]
    public async Task Members_added_excludes_the_bot_itself()
    {
        var (bot, _) = await RunAsync(new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            MembersAdded = [new ChannelAccount("bot"), new ChannelAccount("user1")],
            MembersRemoved = [new ChannelAccount("user2")],
        });

        Assert.Equal(["membersAdded:user1", "membersRemoved:user2"], bot.Calls);
    }

    [Fact]
    public async Task Only_the_bot_joining_calls_no_member_handler()
    {
        var (bot, _) = await RunAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("bot")] });

        Assert.Empty(bot.Calls);
    }

    [Theory]
    [InlineData("add", "install")]
    [InlineData("add-upgrade", "install")]
    [InlineData("remove", "uninstall")]
    [InlineData("remove-upgrade", "uninstall")]
    public async Task Installation_updates_dispatch_by_action(string action, string expected)
    {
        var (bot, _) = await RunAsync(new Activity { Type = ActivityTypes.InstallationUpdate, Action = action });

        Assert.Equal([expected], bot.Calls);
    }

    [Fact]
    public async Task Messages_events_and_unknown_types_reach_their_handlers()
    {
        Assert.Equal(["message"], (await RunAsync(new Activity { Type = ActivityTypes.Message, Text = "hi" })).Bot.Calls);
        Assert.Equal(["event:webchat/join"], (await RunAsync(new Activity { Type = ActivityTypes.Event, Name = "webchat/join" })).Bot.Calls);
        Assert.Equal(["unrecognized:somethingNew"], (await RunAsync(new Activity { Type = "somethingNew" })).Bot.Calls);
    }

    [Fact]
    public async Task Adaptive_card_action_invoke_returns_the_handlers_response_as_the_invoke_response()
    {
        var value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "refresh", data = new { x = 1 } }, trigger = "manual" });
        var (bot, invokeResponse) = await RunAsync(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = value });

        Assert.Equal(["adaptiveCard:refresh"], bot.Calls);
        var response = Assert.IsType<InvokeResponse>(invokeResponse);
        Assert.Equal(200, response.Status);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, Assert.IsType<AdaptiveCardInvokeResponse>(response.Body).Type);
    }

    [Fact]
    public async Task Adaptive_card_action_invoke_without_an_action_is_a_bad_request()
    {
        var (bot, invokeResponse) = await RunAsync(new Activity { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action", Value = JsonSerializer.SerializeToElement(new { }) });

        Assert.Empty(bot.Calls);
        var response = Assert.IsType<InvokeResponse>(invokeResponse);
        Assert.Equal(400, response.Status);
    }
}
