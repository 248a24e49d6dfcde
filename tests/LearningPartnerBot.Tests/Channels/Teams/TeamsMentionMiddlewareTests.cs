using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Channels.Teams;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>What the bot reads of a Teams message that @mentions it and others.</summary>
public sealed class TeamsMentionMiddlewareTests
{
    private static Activity Read(JsonObject teamsMessage) => BotJson.Deserialize<Activity>(teamsMessage.ToJsonString())!;

    [Theory]
    [InlineData("<at>Learning Partner</at> what does the Gold tier require?")]
    [InlineData("what does the <at>Learning Partner</at> Gold tier require?")]
    [InlineData("what does the Gold tier require? <at>Learning Partner</at>")]
    [InlineData("what does the Gold tier require <at>Learning Partner</at>?")]
    public void The_bots_mention_goes_wherever_it_stands(string text)
    {
        var message = Read(TeamsActivities.ChannelMessage("1700000000001", "29:ayse", text, "en-US", TeamsActivities.BotMention()));

        var read = TeamsMentionMiddleware.Normalize(message);

        Assert.Equal("what does the Gold tier require?", read);
    }

    [Fact]
    public void Other_peoples_mentions_become_their_names()
    {
        var message = Read(TeamsActivities.GroupChatMessage("19:group@thread.v2", "29:ayse",
            "<at>Learning Partner</at> can <at>Bram de Vries</at> and <at>Ayşe</at> both see our KPI figures?", "en-US",
            TeamsActivities.BotMention(), TeamsActivities.Mention("29:bram", "Bram de Vries"), TeamsActivities.Mention("29:ayse", "Ayşe")));

        Assert.Equal("can Bram de Vries and Ayşe both see our KPI figures?", TeamsMentionMiddleware.Normalize(message));
    }

    [Fact]
    public void The_bot_is_recognised_by_its_id_under_a_localized_name()
    {
        var message = Read(TeamsActivities.GroupChatMessage("19:group@thread.v2", "29:ayse",
            "<at>Öğrenme Ortağı</at> Learning Action Pack nedir?", "tr-TR", TeamsActivities.BotMention("Öğrenme Ortağı")));

        Assert.Equal("Learning Action Pack nedir?", TeamsMentionMiddleware.Normalize(message));
    }

    [Fact]
    public void Without_the_entitys_text_the_bots_name_in_at_tags_is_taken_out()
    {
        var message = Read(TeamsActivities.GroupChatMessage("19:group@thread.v2", "29:ayse",
            "<at>Learning Partner</at> wat is het Learning Action Pack?", "nl-NL", TeamsActivities.Mention(TeamsActivities.BotId, "Learning Partner", text: null)));

        Assert.Equal("wat is het Learning Action Pack?", TeamsMentionMiddleware.Normalize(message));
    }

    [Fact]
    public async Task The_middleware_changes_a_teams_message_before_the_bot_and_leaves_other_channels_alone()
    {
        var teams = Read(TeamsActivities.GroupChatMessage("19:group@thread.v2", "29:ayse", "<at>Learning Partner</at>  hello  there", "en-US", TeamsActivities.BotMention()));
        var webChat = Read(TeamsActivities.GroupChatMessage("19:group@thread.v2", "29:ayse", "<at>Learning Partner</at> hello", "en-US", TeamsActivities.BotMention()));
        webChat.ChannelId = BotKit.Schema.Channels.Webchat;
        var seen = new List<string?>();
        var middleware = new TeamsMentionMiddleware();

        foreach (var activity in new[] { teams, webChat })
        {
            var adapter = new BotKit.Testing.TestAdapter(activity.ChannelId!);
            using var turn = new BotKit.Hosting.TurnContext(adapter, activity);
            await middleware.OnTurnAsync(turn, _ =>
            {
                seen.Add(turn.Activity.Text);
                return Task.CompletedTask;
            });
        }

        Assert.Equal(["hello there", "<at>Learning Partner</at> hello"], seen);
    }
}
