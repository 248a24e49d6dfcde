using System.Text.Json.Nodes;
using BotKit.Dialogs;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;
using LearningPartnerBot.Bots;
using LearningPartnerBot.Channels.Teams;
using LearningPartnerBot.Requests;
using Microsoft.Extensions.Logging.Abstractions;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>
/// Several members talking to the bot in one Teams group chat or channel thread, through the bot's own pipeline (state,
/// recent turns, mention handling) and a bot that asks one question: whatever the journeys are, a member's prompt
/// waits for that member, and the recent turns kept for staff are the member's own.
/// </summary>
public sealed class SharedConversationStateTests
{
    private const string Ayse = "29:member-ayse";
    private const string Bram = "29:member-bram";

    private readonly MemoryStorage _storage = new();
    private readonly TestAdapter _adapter = new(BotKit.Schema.Channels.Msteams);
    private readonly ConversationState _conversationState;
    private readonly RecentTurns _recentTurns;
    private readonly DialogSet _dialogs;

    public SharedConversationStateTests()
    {
        _conversationState = new ConversationState(_storage);
        _recentTurns = new RecentTurns(_storage, TimeProvider.System);
        _adapter.Use(new TeamsMentionMiddleware());
        new BotPipeline(new TurnErrorHandler(NullLogger<TurnErrorHandler>.Instance, _conversationState), _conversationState, new UserState(_storage), _recentTurns).Apply(_adapter);
        _dialogs = new DialogSet(_conversationState.CreateProperty<DialogState>("DialogState"))
            .Add(new TextPrompt("tier"))
            .Add(new WaterfallDialog("check",
            [
                (step, ct) => step.PromptAsync("tier", new PromptOptions { Prompt = MessageFactory.Text("Which tier shall I check for you?") }, ct),
                async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"Checking {step.Result} for {step.Context.Activity.From!.Id}.", cancellationToken: ct);
                    return await step.EndDialogAsync(cancellationToken: ct);
                },
            ]));
    }

    private async Task<string> BotAsync(ITurnContext turn, CancellationToken ct)
    {
        var dc = await _dialogs.CreateContextAsync(turn, ct);
        var result = await dc.ContinueDialogAsync(ct);
        if (result.Status == DialogTurnStatus.Empty)
        {
            if (turn.Activity.Text == "check my tier")
            {
                await dc.BeginDialogAsync("check", cancellationToken: ct);
            }
            else
            {
                await turn.SendActivityAsync("Nothing is waiting for your answer.", cancellationToken: ct);
            }
        }

        return string.Empty;
    }

    private async Task<string> SayAsync(JsonObject teamsMessage)
    {
        var activity = BotJson.Deserialize<Activity>(teamsMessage.ToJsonString())!;
        activity.DeliveryMode = null;
        await _adapter.ProcessActivityAsync(activity, async (turn, ct) => await BotAsync(turn, ct));
        Assert.True(_adapter.ActiveQueue.TryDequeue(out var reply));
        Assert.Empty(_adapter.ActiveQueue);
        return reply!.Text!;
    }

    public static TheoryData<string> SharedConversations => ["groupChat", "channel"];

    private static JsonObject Message(string conversationType, string from, string text) => conversationType == "channel"
        ? TeamsActivities.ChannelMessage("1733311111111", from, "<at>Learning Partner</at> " + text, "en-US", TeamsActivities.BotMention())
        : TeamsActivities.GroupChatMessage("19:state-group@thread.v2", from, "<at>Learning Partner</at> " + text, "en-US", TeamsActivities.BotMention());

    [Theory]
    [MemberData(nameof(SharedConversations))]
    public async Task Another_member_cannot_answer_the_prompt_a_member_was_asked(string conversationType)
    {
        Assert.Equal("Which tier shall I check for you?", await SayAsync(Message(conversationType, Ayse, "check my tier")));

        // Bram answers in the same conversation: not his prompt, so it does not move Ayşe's check.
        Assert.Equal("Nothing is waiting for your answer.", await SayAsync(Message(conversationType, Bram, "Gold")));
        Assert.Equal($"Checking Silver for {Ayse}.", await SayAsync(Message(conversationType, Ayse, "Silver")));
    }

    [Fact]
    public async Task In_a_personal_chat_the_conversation_has_one_dialog_as_before()
    {
        var personal = TeamsActivities.Message("a:state-personal", "check my tier");
        var answer = TeamsActivities.Message("a:state-personal", "Gold");

        Assert.Equal("Which tier shall I check for you?", await SayAsync(personal));
        Assert.Equal($"Checking Gold for {TeamsActivities.UserId}.", await SayAsync(answer));
    }

    [Theory]
    [MemberData(nameof(SharedConversations))]
    public async Task The_recent_turns_of_a_member_hold_only_that_members_messages_and_the_replies_to_them(string conversationType)
    {
        await SayAsync(Message(conversationType, Ayse, "check my tier"));
        await SayAsync(Message(conversationType, Bram, "our partner id is 4455667"));
        await SayAsync(Message(conversationType, Ayse, "Silver"));

        IReadOnlyList<LearningPartnerBot.Tickets.TranscriptLine>? lines = null;
        var asker = BotJson.Deserialize<Activity>(Message(conversationType, Ayse, "talk to a person").ToJsonString())!;
        asker.DeliveryMode = null;
        await _adapter.ProcessActivityAsync(asker, async (turn, ct) => lines = await _recentTurns.ReadAsync(turn, ct));

        Assert.Equal(
            ["check my tier", "Which tier shall I check for you?", "Silver", $"Checking Silver for {Ayse}.", "talk to a person"],
            lines!.Select(l => l.Text));
    }
}
