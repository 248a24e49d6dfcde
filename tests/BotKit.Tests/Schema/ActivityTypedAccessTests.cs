using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;

namespace BotKit.Tests.Schema;

public class ActivityTypedAccessTests
{
    private sealed class TeamsChannelDataShape
    {
        public IdAndName? Tenant { get; set; }
        public IdAndName? Team { get; set; }
        public IdAndName? Channel { get; set; }
        public string? EventType { get; set; }
    }

    private sealed class IdAndName
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
    }

    [Fact]
    public void An_Action_Execute_invoke_value_reads_as_AdaptiveCardInvokeValue()
    {
        var invoke = SchemaTestData.Incoming(SchemaTestData.TeamsAdaptiveCardAction);

        var value = invoke.GetValue<AdaptiveCardInvokeValue>();

        Assert.NotNull(value?.Action);
        Assert.Equal("Action.Execute", value.Action.Type);
        Assert.Equal("enroll", value.Action.Verb);
        Assert.Equal("azure", value.Action.Data?.GetProperty("track").GetString());
        Assert.Equal("manual", value.Properties?["trigger"].GetString());
    }

    [Fact]
    public void ClientInfo_entity_values_are_read_by_name_and_absent_or_non_string_values_are_null()
    {
        var message = SchemaTestData.Incoming(SchemaTestData.TeamsChannelMessage);

        var clientInfo = Assert.Single(message.Entities!, e => e.Type == "clientInfo");
        var mention = Assert.Single(message.Entities!, e => e.Type == "mention");

        Assert.Equal("nl-NL", clientInfo.GetString("locale"));
        Assert.Equal("NL", clientInfo.GetString("country"));
        Assert.Equal("Windows", clientInfo.GetString("platform"));
        Assert.Equal("Europe/Amsterdam", clientInfo.GetString("timezone"));
        Assert.Null(clientInfo.GetString("missing"));
        Assert.Null(mention.GetString("mentioned"));
    }

    [Fact]
    public void Teams_channel_data_reads_as_a_typed_object()
    {
        var update = SchemaTestData.Incoming(SchemaTestData.TeamsMembersAdded);

        var data = update.GetChannelData<TeamsChannelDataShape>();

        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", data?.Tenant?.Id);
        Assert.Equal("Partner Enablement", data?.Team?.Name);
        Assert.Equal("teamMemberAdded", data?.EventType);
        Assert.Null(data?.Channel);
    }

    [Fact]
    public void Channel_data_set_in_code_or_of_the_wrong_shape_is_handled_without_throwing()
    {
        var typed = new TeamsChannelDataShape { EventType = "channelCreated" };
        var inCode = new Activity { ChannelData = typed };
        var wrongShape = new Activity { ChannelData = JsonSerializer.SerializeToElement("just text") };

        Assert.Same(typed, inCode.GetChannelData<TeamsChannelDataShape>());
        Assert.Null(wrongShape.GetChannelData<TeamsChannelDataShape>());
        Assert.Null(new Activity().GetValue<AdaptiveCardInvokeValue>());
    }

    [Fact]
    public void Output_uses_camelCase_names_and_omits_nulls_at_every_level()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "Hallo",
            From = new ChannelAccount("28:bot", "Learning Partner", aadObjectId: null),
            Conversation = new ConversationAccount("a:1") { TenantId = "t-1" },
            ReplyToId = null,
            SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, "Ja", "ja") { DisplayText = "Ja" }] },
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = new JsonObject { ["type"] = "AdaptiveCard" } }],
        };

        var json = SchemaTestData.ToJson(activity);

        Assert.Equal(
            """{"type":"message","from":{"id":"28:bot","name":"Learning Partner"},"conversation":{"id":"a:1","tenantId":"t-1"},"text":"Hallo","suggestedActions":{"actions":[{"type":"imBack","title":"Ja","displayText":"Ja","value":"ja"}]},"attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"}}]}""",
            json.ToJsonString());
    }
}
