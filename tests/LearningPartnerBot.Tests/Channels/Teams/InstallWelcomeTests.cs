using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Channels.Teams;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>Which install and membership updates Teams sends get which welcome, and where it lands.</summary>
public sealed class InstallWelcomeTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private static Activity Read(JsonObject update) => BotJson.Deserialize<Activity>(update.ToJsonString())!;

    private static Activity TeamInstall(string action = "add") => Read(TeamsActivities.TeamUpdate(TeamsActivities.InstallationUpdate("ignored", action, isGroup: true)));

    private static Activity TeamJoined(params string[] memberIds) => Read(TeamsActivities.TeamUpdate(TeamsActivities.MembersAdded("ignored", isGroup: true, memberIds)));

    [Fact]
    public void The_bot_installed_in_a_team_gets_the_short_shared_welcome_from_either_announcement()
    {
        Assert.Equal(InstallWelcome.Welcome.Shared, InstallWelcome.For(TeamInstall()));
        Assert.Equal(InstallWelcome.Welcome.Shared, InstallWelcome.For(TeamInstall("add-upgrade")));
        Assert.Equal(InstallWelcome.Welcome.Shared, InstallWelcome.For(TeamJoined(TeamsActivities.BotId)));
    }

    [Fact]
    public void Members_joining_a_team_or_group_chat_later_get_no_welcome()
    {
        var groupJoin = Read(TeamsActivities.MembersAdded("19:welcome-group@thread.v2", isGroup: true, "29:newcomer"));
        var teamJoinWithoutIsGroup = TeamJoined("29:newcomer");
        teamJoinWithoutIsGroup.Conversation!.IsGroup = null;

        Assert.Equal(InstallWelcome.Welcome.None, InstallWelcome.For(TeamJoined("29:newcomer", "29:another")));
        Assert.Equal(InstallWelcome.Welcome.None, InstallWelcome.For(groupJoin));
        Assert.Equal(InstallWelcome.Welcome.None, InstallWelcome.For(teamJoinWithoutIsGroup));
    }

    [Fact]
    public void A_group_chat_adding_the_bot_is_shared_and_a_personal_install_is_personal()
    {
        var group = Read(TeamsActivities.MembersAdded("19:welcome-group@thread.v2", isGroup: true, TeamsActivities.BotId));
        group.Conversation!.ConversationType = TeamsConversation.GroupChat;

        Assert.Equal(InstallWelcome.Welcome.Shared, InstallWelcome.For(group));
        Assert.Equal(InstallWelcome.Welcome.Personal, InstallWelcome.For(Read(TeamsActivities.InstallationUpdate("a:welcome-personal"))));
    }

    [Fact]
    public void Removing_the_bot_or_a_message_is_no_reason_to_welcome()
    {
        Assert.Equal(InstallWelcome.Welcome.None, InstallWelcome.For(TeamInstall("remove")));
        Assert.Equal(InstallWelcome.Welcome.None, InstallWelcome.For(Read(TeamsActivities.Message("a:welcome-message", "hello"))));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("nl-NL", "nl")]
    [InlineData("tr-TR", "tr")]
    public void The_shared_welcome_says_what_the_bot_answers_there_and_that_personal_checks_happen_in_the_personal_chat(string locale, string language)
    {
        var install = TeamInstall();
        install.Locale = locale;
        var strings = SharedConversationStrings.Get(CultureInfo.GetCultureInfo(language));

        var welcome = InstallWelcome.MessageFor(install, () => throw new InvalidOperationException("A team gets no personal welcome."));

        var attachment = Assert.Single(welcome.Attachments!);
        var card = JsonSerializer.SerializeToNode(attachment.Content, BotJson.Options)!;
        Assert.Equal([strings.SharedWelcome, strings.SharedWelcomePersonal], card["body"]!.AsArray().Select(b => (string?)b!["text"]));
        var button = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.OpenUrl", (string?)button["type"]);
        Assert.Equal(strings.OpenPersonalChatButton, (string?)button["title"]);
        Assert.Equal(PersonalChatHandoff.DeepLink(install), (string?)button["url"]);
    }

    [Fact]
    public void A_personal_install_gets_the_bots_own_welcome()
    {
        var personalWelcome = MessageFactory.Text("the welcome card");

        Assert.Same(personalWelcome, InstallWelcome.MessageFor(Read(TeamsActivities.InstallationUpdate("a:welcome-own")), () => personalWelcome));
    }

    [Fact]
    public async Task Installed_in_a_team_the_bot_greets_once_in_the_general_channel_and_not_the_members_who_join_later()
    {
        using var client = factory.CreateClient();
        async Task<List<Activity>> PostAsync(JsonObject update)
        {
            using var response = await client.PostAsJsonAsync("/api/messages", update);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
        }

        // Teams announces a team install twice, as the installer: the install and the bot joining the General channel.
        var install = await PostAsync(TeamsActivities.TeamUpdate(TeamsActivities.InstallationUpdate("ignored", isGroup: true)));
        var botJoined = await PostAsync(TeamsActivities.TeamUpdate(TeamsActivities.MembersAdded("ignored", isGroup: true, TeamsActivities.BotId)));
        var memberJoined = await PostAsync(TeamsActivities.TeamUpdate(TeamsActivities.MembersAdded("ignored", isGroup: true, "29:joined-later")));

        var welcome = Assert.Single(install);
        Assert.Equal(TeamsActivities.TeamId, welcome.Conversation!.Id);
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(welcome.Attachments!).ContentType);
        Assert.Empty(botJoined);
        Assert.Empty(memberJoined);
    }
}
