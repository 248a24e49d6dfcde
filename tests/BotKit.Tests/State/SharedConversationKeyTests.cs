using BotKit.Hosting;
using BotKit.Schema;
using BotKit.State;
using BotKit.Testing;

namespace BotKit.Tests.State;

/// <summary>In a Teams group chat or channel, a member's turns keep their own state; elsewhere a conversation has one.</summary>
public sealed class SharedConversationKeyTests
{
    private readonly TestAdapter _adapter = new(TestAdapter.CreateConversation(Channels.Test));
    private readonly MemoryStorage _memory = new();

    private static Activity Teams(string type, string conversationType, string conversationId, string from) => new()
    {
        Type = type,
        ChannelId = Channels.Msteams,
        Conversation = new ConversationAccount(conversationId, isGroup: conversationType != TeamsConversation.Personal) { ConversationType = conversationType, TenantId = "tenant-1" },
        From = new ChannelAccount(from),
        Recipient = new ChannelAccount("28:bot"),
    };

    [Theory]
    [InlineData(TeamsConversation.GroupChat, "19:group@thread.v2")]
    [InlineData(TeamsConversation.Channel, "19:general@thread.tacv2;messageid=1700000000000")]
    public async Task Two_members_of_a_shared_conversation_do_not_see_each_others_state(string conversationType, string conversationId)
    {
        var state = new ConversationState(_memory);
        var prompt = state.CreateProperty<string>("waitingFor");
        using (var ayse = new TurnContext(_adapter, Teams(ActivityTypes.Message, conversationType, conversationId, "29:ayse")))
        {
            await prompt.SetAsync(ayse, "tier");
            await state.SaveChangesAsync(ayse);
        }

        using var bram = new TurnContext(_adapter, Teams(ActivityTypes.Message, conversationType, conversationId, "29:bram"));
        using var ayseAgain = new TurnContext(_adapter, Teams(ActivityTypes.Invoke, conversationType, conversationId, "29:ayse"));

        Assert.Null(await prompt.GetAsync(bram));
        Assert.Equal("tier", await prompt.GetAsync(ayseAgain));
        Assert.Equal($"msteams/conversations/{conversationId}/members/29:ayse", ConversationState.StorageKeyOf(ayseAgain.Activity));
    }

    [Fact]
    public void A_personal_chat_and_other_channels_keep_one_key_per_conversation()
    {
        var personal = Teams(ActivityTypes.Message, TeamsConversation.Personal, "a:personal", "29:ayse");
        var webChat = new Activity { Type = ActivityTypes.Message, ChannelId = Channels.Webchat, Conversation = new ConversationAccount("wc-1") { ConversationType = TeamsConversation.GroupChat }, From = new ChannelAccount("u-1") };

        Assert.Equal("msteams/conversations/a:personal", ConversationState.StorageKeyOf(personal));
        Assert.Equal("webchat/conversations/wc-1", ConversationState.StorageKeyOf(webChat));
    }

    [Theory]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    public void A_shared_conversations_own_events_stay_on_the_conversation_whoever_sent_them(string type)
    {
        // The install and its conversationUpdate may name different senders; the bot must still greet the team once.
        var byAyse = Teams(type, TeamsConversation.Channel, "19:general@thread.tacv2", "29:ayse");
        var byBram = Teams(type, TeamsConversation.Channel, "19:general@thread.tacv2", "29:bram");

        Assert.Equal("msteams/conversations/19:general@thread.tacv2", ConversationState.StorageKeyOf(byAyse));
        Assert.Equal(ConversationState.StorageKeyOf(byAyse), ConversationState.StorageKeyOf(byBram));
    }

    [Fact]
    public void A_thread_of_a_channel_is_its_own_conversation()
    {
        var first = Teams(ActivityTypes.Message, TeamsConversation.Channel, "19:general@thread.tacv2;messageid=1", "29:ayse");
        var second = Teams(ActivityTypes.Message, TeamsConversation.Channel, "19:general@thread.tacv2;messageid=2", "29:ayse");

        Assert.NotEqual(ConversationState.StorageKeyOf(first), ConversationState.StorageKeyOf(second));
    }
}
