using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;
using TestSupport.State;

namespace BotKit.Tests.State;

public sealed class BotStateTests
{
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation(Channels.Test));
    private readonly MemoryStorage _memory = new();

    [Fact]
    public async Task Conversation_and_user_state_are_stored_under_channel_scoped_keys()
    {
        var conversationState = new ConversationState(_memory);
        var userState = new UserState(_memory);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "msteams",
            Conversation = new ConversationAccount("19:abc", "Team chat", false),
            From = new ChannelAccount("29:ayse", "Ayşe", RoleTypes.User),
        };
        using var turn = new TurnContext(_adapter, activity);

        await conversationState.CreateProperty<string>("topic").SetAsync(turn, "enrollment");
        await userState.CreateProperty<string>("name").SetAsync(turn, "Ayşe");
        await conversationState.SaveChangesAsync(turn);
        await userState.SaveChangesAsync(turn);

        var stored = await _memory.ReadAsync(["msteams/conversations/19:abc", "msteams/users/29:ayse"]);
        Assert.Equal("enrollment", (string?)stored["msteams/conversations/19:abc"].Document["topic"]);
        Assert.Equal("Ayşe", (string?)stored["msteams/users/29:ayse"].Document["name"]);
    }

    [Fact]
    public async Task A_property_reads_its_default_until_set_and_again_after_delete()
    {
        var state = new ConversationState(_memory);
        var count = state.CreateProperty<int>("count");

        await InTurn(async turn => Assert.Equal(0, await count.GetAsync(turn)), state);
        await InTurn(async turn => Assert.Equal(5, await count.GetAsync(turn, () => 5)), state);
        await InTurn(async turn => Assert.Equal(5, await count.GetAsync(turn, () => 9)), state);
        await InTurn(turn => count.SetAsync(turn, 7), state);
        await InTurn(async turn => Assert.Equal(7, await count.GetAsync(turn)), state);
        await InTurn(turn => count.DeleteAsync(turn), state);
        await InTurn(async turn => Assert.Equal(3, await count.GetAsync(turn, () => 3)), state);
    }

    [Fact]
    public async Task Mutating_the_object_returned_by_get_is_saved()
    {
        var state = new ConversationState(_memory);
        var profile = state.CreateProperty<Profile>("profile");

        await InTurn(async turn => (await profile.GetAsync(turn, () => new Profile()))!.Courses.Add("AZ-900"), state);
        await InTurn(async turn => (await profile.GetAsync(turn))!.Courses.Add("AI-900"), state);

        await InTurn(async turn => Assert.Equal(["AZ-900", "AI-900"], (await profile.GetAsync(turn))!.Courses), state);
    }

    [Fact]
    public async Task A_turn_that_changes_nothing_writes_nothing()
    {
        var counting = new CountingStorage(_memory);
        var state = new ConversationState(counting);
        var profile = state.CreateProperty<Profile>("profile");
        var visits = state.CreateProperty<int>("visits");

        // Text that is escaped in JSON, a date, and a property the later turns never read: saved as it was loaded.
        await InTurn(async turn =>
        {
            await profile.SetAsync(turn, new Profile { Name = "Ayşe \"AZ\" 🙂", Courses = ["AZ-900"], Since = new DateTimeOffset(2026, 12, 6, 9, 30, 0, TimeSpan.FromHours(1)) });
            await visits.SetAsync(turn, 3);
        }, state);
        Assert.Equal(1, counting.Writes);

        await InTurn(async turn => Assert.Equal("Ayşe \"AZ\" 🙂", (await profile.GetAsync(turn))!.Name), state);
        await InTurn(async turn => await profile.SetAsync(turn, (await profile.GetAsync(turn))!), state);

        Assert.Equal(1, counting.Writes);
    }

    [Fact]
    public async Task Clearing_state_removes_every_property_at_the_next_save()
    {
        var state = new ConversationState(_memory);
        var name = state.CreateProperty<string>("name");
        await InTurn(turn => name.SetAsync(turn, "Ayşe"), state);

        // Cleared before anything was read in this turn: the save must still replace the stored document.
        await InTurn(turn => state.ClearStateAsync(turn), state);

        await InTurn(async turn => Assert.Null(await name.GetAsync(turn)), state);
    }

    [Fact]
    public async Task Deleting_state_removes_the_stored_document()
    {
        var state = new ConversationState(_memory);
        await InTurn(turn => state.CreateProperty<string>("name").SetAsync(turn, "Ayşe"), state);

        await InTurn(turn => state.DeleteAsync(turn), state);

        Assert.Empty(await _memory.ReadAsync([$"{Channels.Test}/conversations/Convo1"]));
    }

    [Fact]
    public async Task Two_turns_saving_the_same_loaded_state_conflict_instead_of_losing_an_update()
    {
        var state = new ConversationState(_memory);
        var count = state.CreateProperty<int>("count");
        await InTurn(turn => count.SetAsync(turn, 1), state);
        using var first = new TurnContext(_adapter, _adapter.MakeActivity("a"));
        using var second = new TurnContext(_adapter, _adapter.MakeActivity("b"));
        await state.LoadAsync(first);
        await state.LoadAsync(second);

        await count.SetAsync(first, 2);
        await count.SetAsync(second, 3);
        await state.SaveChangesAsync(first);

        await Assert.ThrowsAsync<EtagConflictException>(() => state.SaveChangesAsync(second));
        await InTurn(async turn => Assert.Equal(2, await count.GetAsync(turn)), state);
    }

    /// <summary>Runs one turn of the test conversation and saves the state afterwards, as AutoSaveStateMiddleware would.</summary>
    private async Task InTurn(Func<ITurnContext, Task> body, BotState state)
    {
        using var turn = new TurnContext(_adapter, _adapter.MakeActivity("hi"));
        await body(turn);
        await state.SaveChangesAsync(turn);
    }

    public sealed class Profile
    {
        public string? Name { get; set; }

        public List<string> Courses { get; set; } = [];

        public DateTimeOffset? Since { get; set; }
    }
}
