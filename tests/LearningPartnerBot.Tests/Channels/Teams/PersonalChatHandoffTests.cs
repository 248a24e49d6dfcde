using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Hosting;
using BotKit.Schema;
using BotKit.Testing;
using LearningPartnerBot.Channels.Teams;
using Microsoft.Extensions.Logging.Abstractions;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>The gate that moves personal journeys out of Teams group chats and channels, with a fake Teams connector.</summary>
public sealed class PersonalChatHandoffTests
{
    private readonly FakeTeamsConnector _connector = new();
    private readonly TestAdapter _adapter = new(BotKit.Schema.Channels.Msteams);

    private async Task<(bool Moved, List<Activity> InThread)> AskAsync(JsonObject teamsMessage, string journey)
    {
        var activity = BotJson.Deserialize<Activity>(teamsMessage.ToJsonString())!;
        activity.DeliveryMode = null;
        var gate = new PersonalChatHandoff(_connector, NullLogger<PersonalChatHandoff>.Instance);
        var moved = false;
        await _adapter.ProcessActivityAsync(activity, async (turn, ct) => moved = await gate.TryMoveToPersonalChatAsync(turn, journey, ct));
        return (moved, [.. _adapter.ActiveQueue]);
    }

    private static SharedConversationStrings Strings(string language) => SharedConversationStrings.Get(CultureInfo.GetCultureInfo(language));

    private static JsonObject Card(Activity message) =>
        JsonSerializer.SerializeToNode(Assert.Single(message.Attachments!).Content, BotJson.Options)!.AsObject();

    public static TheoryData<string, string, string> Journeys => new()
    {
        { PersonalJourneys.Eligibility, "en-US", "en" },
        { PersonalJourneys.Requests, "nl-NL", "nl" },
        { PersonalJourneys.MyRequests, "tr-TR", "tr" },
        { PersonalJourneys.Person, "nl-BE", "nl" },
    };

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task In_a_channel_the_journey_starts_in_the_personal_chat_and_the_thread_is_told_so(string journey, string locale, string language)
    {
        var message = TeamsActivities.ChannelMessage("1733322222222", "29:member-ayse", "mention stripped", locale);

        var (moved, inThread) = await AskAsync(message, journey);

        Assert.True(moved);
        var reply = Assert.Single(inThread);
        Assert.Equal(Strings(language).ContinuedInPersonalChat, reply.Text);
        Assert.Equal((string?)message["conversation"]!["id"], reply.Conversation!.Id);
        Assert.Equal((string?)message["id"], reply.ReplyToId);

        var created = Assert.Single(_connector.Created);
        Assert.Equal("https://smba.trafficmanager.net/emea/", created.ServiceUrl);
        Assert.False(created.Parameters.IsGroup);
        Assert.Equal(TeamsActivities.BotId, created.Parameters.Bot!.Id);
        Assert.Equal("29:member-ayse", Assert.Single(created.Parameters.Members!).Id);
        Assert.Equal(TeamsActivities.TenantId, created.Parameters.TenantId);

        var (serviceUrl, first) = Assert.Single(_connector.Sent);
        Assert.Equal(FakeTeamsConnector.PersonalServiceUrl, serviceUrl);
        Assert.Equal(FakeTeamsConnector.PersonalChatId, first.Conversation!.Id);
        Assert.Equal("29:member-ayse", first.Recipient!.Id);
        var card = Card(first);
        Assert.Equal(Strings(language).Start(journey), (string?)card["body"]![0]!["text"]);
        var button = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.Submit", (string?)button["type"]);
        Assert.Equal(Strings(language).ContinueHere, (string?)button["title"]);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["journey"] = journey }, button["data"]));
    }

    [Fact]
    public async Task In_a_group_chat_the_member_who_asked_gets_the_personal_message_not_the_others()
    {
        var message = TeamsActivities.GroupChatMessage("19:handoff-group@thread.v2", "29:member-bram", "uygunluk", "tr-TR");

        var (moved, inThread) = await AskAsync(message, PersonalJourneys.Eligibility);

        Assert.True(moved);
        Assert.Equal(Strings("tr").ContinuedInPersonalChat, Assert.Single(inThread).Text);
        Assert.Equal("29:member-bram", Assert.Single(Assert.Single(_connector.Created).Parameters.Members!).Id);
        Assert.Equal("29:member-bram", Assert.Single(_connector.Sent).Message.Recipient!.Id);
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("nl-NL", "nl")]
    [InlineData("tr-TR", "tr")]
    public async Task When_teams_refuses_the_personal_chat_the_thread_gets_a_link_to_it(string locale, string language)
    {
        _connector.Refuse = new ConnectorException(403, "The channel answered 403 Forbidden: {\"error\":{\"code\":\"BotNotInConversationRoster\"}}");
        var message = TeamsActivities.GroupChatMessage("19:handoff-refused@thread.v2", "29:member-ayse", "my requests", locale);

        var (moved, inThread) = await AskAsync(message, PersonalJourneys.MyRequests);

        Assert.True(moved);
        var link = "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(TeamsActivities.BotId);
        Assert.Equal(Strings(language).OpenPersonalChat(link), Assert.Single(inThread).Text);
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task A_personal_chat_or_another_channel_is_left_to_run_the_journey_itself()
    {
        var personal = TeamsActivities.Message("a:handoff-personal", "eligibility");
        var webChat = TeamsActivities.GroupChatMessage("19:not-teams", "29:member-ayse", "eligibility", "en-US");
        webChat["channelId"] = "webchat";

        var inPersonal = await AskAsync(personal, PersonalJourneys.Eligibility);
        var inWebChat = await AskAsync(webChat, PersonalJourneys.Person);

        Assert.False(inPersonal.Moved);
        Assert.False(inWebChat.Moved);
        Assert.Empty(inPersonal.InThread);
        Assert.Empty(inWebChat.InThread);
        Assert.Empty(_connector.Created);
    }

    [Fact]
    public async Task A_journey_that_is_not_personal_is_a_programming_error()
    {
        var message = TeamsActivities.GroupChatMessage("19:handoff-faq@thread.v2", "29:member-ayse", "faq", "en-US");
        var gate = new PersonalChatHandoff(_connector, NullLogger<PersonalChatHandoff>.Instance);
        using var turn = new TurnContext(_adapter, BotJson.Deserialize<Activity>(message.ToJsonString())!);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => gate.TryMoveToPersonalChatAsync(turn, "faq", CancellationToken.None));
    }

    /// <summary>Teams' Connector API as far as the gate uses it: create the 1:1 chat, send its first message.</summary>
    private sealed class FakeTeamsConnector : IConnectorClientFactory
    {
        public const string PersonalChatId = "a:1personal-chat-with-the-member";
        public const string PersonalServiceUrl = "https://smba.trafficmanager.net/emea-personal/";

        public List<(string ServiceUrl, ConversationParameters Parameters)> Created { get; } = [];

        public List<(string ServiceUrl, Activity Message)> Sent { get; } = [];

        public ConnectorException? Refuse { get; set; }

        public IConnectorClient Create(string serviceUrl) => new Client(this, serviceUrl);

        private sealed class Client(FakeTeamsConnector connector, string serviceUrl) : IConnectorClient
        {
            public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default)
            {
                connector.Created.Add((serviceUrl, BotJson.Deserialize<ConversationParameters>(BotJson.Serialize(parameters))!));
                return connector.Refuse is { } refusal
                    ? Task.FromException<ConversationResourceResponse>(refusal)
                    : Task.FromResult(new ConversationResourceResponse { Id = PersonalChatId, ServiceUrl = PersonalServiceUrl });
            }

            public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken = default)
            {
                connector.Sent.Add((serviceUrl, activity.Clone()));
                return Task.FromResult(new ResourceResponse("1:first"));
            }

            public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

            public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default) => throw new NotSupportedException();

            public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        }
    }
}
