using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Tests.Hosting;

namespace LearningPartnerBot.Tests.Channels.Teams;

public sealed class TeamsWelcomeTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<Activity>> PostAsync(JsonObject activity)
    {
        var response = await _client.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options))!.Activities;
    }

    private static void IsWelcomeCard(Activity reply) =>
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(reply.Attachments!).ContentType);

    [Fact]
    public async Task A_personal_install_is_welcomed_once_although_Teams_announces_it_twice()
    {
        var install = await PostAsync(TeamsActivities.InstallationUpdate("a:personal-install"));
        var joined = await PostAsync(TeamsActivities.MembersAdded("a:personal-install", isGroup: false, TeamsActivities.UserId, TeamsActivities.BotId));

        IsWelcomeCard(Assert.Single(install));
        Assert.Empty(joined);
    }

    [Fact]
    public async Task The_bot_joining_before_the_installation_update_is_welcomed_once_too()
    {
        var joined = await PostAsync(TeamsActivities.MembersAdded("a:personal-join-first", isGroup: false, TeamsActivities.BotId));
        var install = await PostAsync(TeamsActivities.InstallationUpdate("a:personal-join-first"));

        IsWelcomeCard(Assert.Single(joined));
        Assert.Empty(install);
    }

    [Fact]
    public async Task In_a_group_chat_the_bot_being_added_is_welcomed_but_people_joining_later_are_not()
    {
        var botAdded = await PostAsync(TeamsActivities.MembersAdded("19:group@thread.v2", isGroup: true, TeamsActivities.BotId));
        var colleague = await PostAsync(TeamsActivities.MembersAdded("19:group@thread.v2", isGroup: true, "29:colleague"));
        var anotherGroup = await PostAsync(TeamsActivities.MembersAdded("19:other-group@thread.v2", isGroup: true, "29:colleague"));

        IsWelcomeCard(Assert.Single(botAdded));
        Assert.Empty(colleague);
        Assert.Empty(anotherGroup);
    }

    [Fact]
    public async Task An_upgrade_does_not_greet_again_but_a_reinstall_does()
    {
        await PostAsync(TeamsActivities.InstallationUpdate("a:personal-reinstall"));

        var upgrade = await PostAsync(TeamsActivities.InstallationUpdate("a:personal-reinstall", "add-upgrade"));
        await PostAsync(TeamsActivities.InstallationUpdate("a:personal-reinstall", "remove"));
        var reinstall = await PostAsync(TeamsActivities.InstallationUpdate("a:personal-reinstall"));

        Assert.Empty(upgrade);
        IsWelcomeCard(Assert.Single(reinstall));
    }

    [Fact]
    public async Task An_upgrade_installing_into_a_new_conversation_is_welcomed()
    {
        var upgrade = await PostAsync(TeamsActivities.InstallationUpdate("a:personal-upgrade-only", "add-upgrade"));

        IsWelcomeCard(Assert.Single(upgrade));
    }

    [Fact]
    public async Task A_redelivered_installation_update_does_not_greet_twice()
    {
        var install = TeamsActivities.InstallationUpdate("a:personal-redelivered");

        var first = await PostAsync(install);
        // Removed in between, so only the de-duplication can keep the redelivered install from greeting again.
        await PostAsync(TeamsActivities.InstallationUpdate("a:personal-redelivered", "remove"));
        var redelivered = await PostAsync(install);

        IsWelcomeCard(Assert.Single(first));
        Assert.Empty(redelivered);
    }
}
