using System.Text.Json.Nodes;
using BotKit.Schema;
using TestSupport;

namespace BotKit.Tests.Schema;

/// <summary>What the bot sends must match "#/definitions/Activity" of the official Bot Framework schema.</summary>
public class OutgoingActivitySchemaTests
{
    private const string EnrollCard = """
        {
          "type": "AdaptiveCard",
          "version": "1.5",
          "body": [ { "type": "TextBlock", "text": "Schrijf je in voor Azure", "wrap": true } ],
          "actions": [ { "type": "Action.Execute", "title": "Inschrijven", "verb": "enroll", "data": { "track": "azure" } } ]
        }
        """;

    /// <summary>Addresses an activity the way TurnContext does before sending it.</summary>
    private static Activity AddressedAsReplyTo(string fixture, Activity outgoing) =>
        outgoing.ApplyConversationReference(SchemaTestData.Incoming(fixture).GetConversationReference());

    private static void AssertValid(Activity activity)
    {
        var result = SchemaTestData.ValidateAgainstSchema(activity);
        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void A_text_reply_to_a_Teams_message_is_valid()
    {
        var reply = SchemaTestData.Incoming(SchemaTestData.TeamsChannelMessage).CreateReply("Welkom bij Learning Partner!");

        AssertValid(reply);
    }

    [Fact]
    public void An_adaptive_card_attachment_is_a_valid_activity_carrying_a_valid_card()
    {
        var card = JsonNode.Parse(EnrollCard)!;
        var message = AddressedAsReplyTo(
            SchemaTestData.TeamsChannelMessage,
            MessageFactory.Attachment(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }));

        var cardResult = Schemas.Load("adaptive-card-1.5.json").Validate(SchemaTestData.ToJson(message)["attachments"]![0]!["content"]);

        AssertValid(message);
        Assert.True(cardResult.IsValid, cardResult.ToString());
    }

    [Fact]
    public void Suggested_actions_addressed_to_the_user_are_valid()
    {
        var message = AddressedAsReplyTo(SchemaTestData.WebChatMessage, MessageFactory.SuggestedActions(["Azure", "Security"], "Welk traject?"));
        message.SuggestedActions!.To = [message.Recipient!.Id!];

        AssertValid(message);
    }

    /// <summary>
    /// The schema requires "to", but MessageFactory leaves it out as the SDK does: channels then show the buttons
    /// to everyone, and an empty list could mean "to nobody". This pins that it is the only difference.
    /// </summary>
    [Fact]
    public void Suggested_actions_without_recipients_break_only_the_schemas_required_to()
    {
        var message = AddressedAsReplyTo(SchemaTestData.WebChatMessage, MessageFactory.SuggestedActions(["Azure", "Security"], "Welk traject?"));

        Assert.Equal(["/suggestedActions: required Required properties [\"to\"] are not present"], SchemaTestData.ValidateAgainstSchema(message).Errors);
    }

    [Fact]
    public void A_trace_activity_is_valid()
    {
        var trace = AddressedAsReplyTo(
            SchemaTestData.WebChatMessage,
            Activity.CreateTraceActivity("BotKit.Dialog", "dialogStep", new Dictionary<string, string> { ["step"] = "askEmail" }, "Enrollment"));

        AssertValid(trace);
        Assert.Equal(ActivityTypes.Trace, trace.Type);
    }

    [Fact]
    public void A_message_answering_a_card_action_invoke_is_a_plain_valid_message()
    {
        var invoke = SchemaTestData.Incoming(SchemaTestData.TeamsAdaptiveCardAction);
        var message = AddressedAsReplyTo(SchemaTestData.TeamsAdaptiveCardAction, MessageFactory.Text("Kaydınız alındı."));

        AssertValid(message);
        Assert.Equal((ActivityTypes.Message, invoke.Id), (message.Type, message.ReplyToId));
    }

    [Fact]
    public void An_activity_without_conversation_or_type_fails_validation()
    {
        var reply = SchemaTestData.Incoming(SchemaTestData.TeamsChannelMessage).CreateReply("Hallo");
        reply.Conversation = null;
        reply.Type = null;

        var errors = SchemaTestData.ValidateAgainstSchema(reply).Errors;

        Assert.Equal(["(root): required Required properties [\"conversation\",\"type\"] are not present"], errors);
    }

    [Fact]
    public void A_timestamp_that_is_no_real_date_fails_validation()
    {
        var reply = SchemaTestData.ToJson(SchemaTestData.Incoming(SchemaTestData.WebChatMessage).CreateReply("Hallo"));
        reply["timestamp"] = "2026-02-30T09:26:53Z";

        var result = SchemaTestData.BotFrameworkActivity.Validate(reply, "Activity");

        Assert.Equal(["/timestamp: format Value does not match format \"date-time\""], result.Errors);
    }

    /// <summary>
    /// Teams sends conversationUpdate members without a name, so a welcome reply addresses a nameless recipient.
    /// The schema requires ChannelAccount.name; channels accept it and the SDK behaves the same, so this pins
    /// the gap instead of inventing a name.
    /// </summary>
    [Fact]
    public void A_reply_to_a_sender_without_a_name_breaks_only_the_schemas_required_name()
    {
        var welcome = SchemaTestData.Incoming(SchemaTestData.TeamsMembersAdded).CreateReply("Welkom!");

        Assert.Equal(["/recipient: required Required properties [\"name\"] are not present"], SchemaTestData.ValidateAgainstSchema(welcome).Errors);
    }
}
