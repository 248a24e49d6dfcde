using BotKit.Schema;

namespace BotKit.Tests.Schema;

public class ActivityHelpersTests
{
    [Fact]
    public void CreateReply_addresses_the_sender_from_the_bot_in_the_same_conversation()
    {
        var incoming = SchemaTestData.Incoming(SchemaTestData.TeamsChannelMessage);

        var reply = incoming.CreateReply("Welkom!");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal("Welkom!", reply.Text);
        Assert.Equal((incoming.Recipient!.Id, incoming.Recipient.Name), (reply.From!.Id, reply.From.Name));
        Assert.Equal((incoming.From!.Id, incoming.From.Name), (reply.Recipient!.Id, reply.Recipient.Name));
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal((incoming.Conversation!.Id, incoming.Conversation.IsGroup), (reply.Conversation!.Id, reply.Conversation.IsGroup));
        Assert.Equal((incoming.ChannelId, incoming.ServiceUrl, "nl-NL"), (reply.ChannelId, reply.ServiceUrl, reply.Locale));
    }

    [Fact]
    public void CreateReply_uses_an_explicit_locale_over_the_incoming_one()
    {
        var incoming = SchemaTestData.Incoming(SchemaTestData.TeamsChannelMessage);

        Assert.Equal("tr-TR", incoming.CreateReply("Hoş geldiniz!", "tr-TR").Locale);
    }

    [Fact]
    public void GetConversationReference_captures_what_a_proactive_message_needs()
    {
        var incoming = SchemaTestData.Incoming(SchemaTestData.TeamsAdaptiveCardAction);

        var reference = incoming.GetConversationReference();

        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal(incoming.Conversation!.Id, reference.Conversation?.Id);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", reference.Conversation?.TenantId);
        Assert.Equal(incoming.From!.Id, reference.User?.Id);
        Assert.Equal(incoming.Recipient!.Id, reference.Bot?.Id);
        Assert.Equal(incoming.Id, reference.ActivityId);
        Assert.Equal("tr-TR", reference.Locale);
    }

    [Fact]
    public void GetConversationReference_keeps_the_id_of_a_Teams_conversationUpdate()
    {
        var update = SchemaTestData.Incoming(SchemaTestData.TeamsMembersAdded);

        Assert.Equal("f:8a4c3b2e-1d0f-4e9a-b8c7-6d5e4f3a2b1c", update.GetConversationReference().ActivityId);
    }

    [Theory]
    [InlineData(Channels.Directline)]
    [InlineData(Channels.Webchat)]
    public void GetConversationReference_drops_the_id_of_a_Direct_Line_conversationUpdate_which_cannot_be_replied_to(string channelId)
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, Id = "conv|0000000", ChannelId = channelId };
        var message = new Activity { Type = ActivityTypes.Message, Id = "conv|0000001", ChannelId = channelId };

        Assert.Null(update.GetConversationReference().ActivityId);
        Assert.Equal("conv|0000001", message.GetConversationReference().ActivityId);
    }

    [Fact]
    public void ApplyConversationReference_addresses_an_outgoing_activity_from_the_bot_to_the_user()
    {
        var reference = SchemaTestData.Incoming(SchemaTestData.TeamsAdaptiveCardAction).GetConversationReference();

        var outgoing = MessageFactory.Text("Je bent ingeschreven.").ApplyConversationReference(reference);

        Assert.Same(reference.Bot, outgoing.From);
        Assert.Same(reference.User, outgoing.Recipient);
        Assert.Same(reference.Conversation, outgoing.Conversation);
        Assert.Equal((reference.ChannelId, reference.ServiceUrl), (outgoing.ChannelId, outgoing.ServiceUrl));
        Assert.Equal(reference.ActivityId, outgoing.ReplyToId);
        Assert.Equal("tr-TR", outgoing.Locale);
        Assert.Null(outgoing.Id);
    }

    [Fact]
    public void ApplyConversationReference_keeps_a_locale_and_replyToId_the_bot_chose()
    {
        var reference = SchemaTestData.Incoming(SchemaTestData.TeamsAdaptiveCardAction).GetConversationReference();
        var outgoing = new Activity { Type = ActivityTypes.Message, Locale = "nl-NL", ReplyToId = "1710408000000" };

        outgoing.ApplyConversationReference(reference);

        Assert.Equal(("nl-NL", "1710408000000"), (outgoing.Locale, outgoing.ReplyToId));
    }

    [Fact]
    public void ApplyConversationReference_for_an_incoming_activity_makes_it_come_from_the_user()
    {
        var reference = SchemaTestData.Incoming(SchemaTestData.WebChatMessage).GetConversationReference();

        var incoming = new Activity { Type = ActivityTypes.Event, Name = "ContinueConversation" }
            .ApplyConversationReference(reference, isIncoming: true);

        Assert.Same(reference.User, incoming.From);
        Assert.Same(reference.Bot, incoming.Recipient);
        Assert.Equal(reference.ActivityId, incoming.Id);
        Assert.Null(incoming.ReplyToId);
        Assert.Equal(("directline", "en-US"), (incoming.ChannelId, incoming.Locale));
    }
}
