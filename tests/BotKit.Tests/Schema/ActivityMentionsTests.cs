using System.Text.Json.Nodes;
using BotKit.Schema;

namespace BotKit.Tests.Schema;

/// <summary>Mentions as Teams sends them: the text carries &lt;at&gt;name&lt;/at&gt;, an entity says whom it names.</summary>
public sealed class ActivityMentionsTests
{
    private const string BotId = "28:bot-app-id";

    private static Activity Message(string text, params JsonObject[] mentions) =>
        BotJson.Deserialize<Activity>(new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = "msteams",
            ["text"] = text,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Learning Partner" },
            ["entities"] = new JsonArray([
                new JsonObject { ["type"] = "clientInfo", ["locale"] = "nl-NL" },
                .. mentions]),
        }.ToJsonString())!;

    private static JsonObject Mention(string id, string name, string? text) => new()
    {
        ["type"] = "mention",
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
        ["text"] = text,
    };

    [Fact]
    public void A_null_in_the_entities_array_is_skipped_and_the_bot_mention_still_removed()
    {
        var activity = BotJson.Deserialize<Activity>(new JsonObject
        {
            ["type"] = "message",
            ["channelId"] = "msteams",
            ["locale"] = "tr-TR",
            ["text"] = "<at>Learning Partner</at> yardım",
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Learning Partner" },
            ["entities"] = new JsonArray(null, Mention(BotId, "Learning Partner", "<at>Learning Partner</at>")),
        }.ToJsonString())!;

        activity.RemoveRecipientMention();

        Assert.Equal("yardım", activity.Text?.Trim());
        Assert.Contains("tr-TR", activity.GetLocaleCandidates());
    }

    [Fact]
    public void Get_mentions_reads_only_the_mention_entities_with_whom_they_name()
    {
        var activity = Message("<at>Ayşe</at> <at>Learning Partner</at> hi", Mention("29:ayse", "Ayşe", "<at>Ayşe</at>"), Mention(BotId, "Learning Partner", "<at>Learning Partner</at>"));

        var mentions = activity.GetMentions();

        Assert.Equal(["29:ayse", BotId], mentions.Select(m => m.Mentioned!.Id));
        Assert.Equal("<at>Ayşe</at>", mentions[0].Text);
    }

    [Theory]
    [InlineData("<at>Learning Partner</at> what is the learning action pack?")]
    [InlineData("what is the learning action pack? <at>Learning Partner</at>")]
    [InlineData("  <AT>learning partner</AT>what is the learning action pack?\n")]
    public void The_bots_mention_is_removed_wherever_it_stands_and_the_text_is_trimmed(string text)
    {
        var activity = Message(text, Mention(BotId, "Learning Partner", "<at>Learning Partner</at>"));

        var result = activity.RemoveRecipientMention();

        Assert.Equal("what is the learning action pack?", result);
        Assert.Equal(result, activity.Text);
    }

    [Fact]
    public void The_bot_is_found_by_its_id_under_whatever_name_the_members_client_showed()
    {
        // A Turkish client showing a renamed bot: the name differs from recipient.name, the id does not.
        var activity = Message("<at>Öğrenme Ortağı</at> LAP nedir?", Mention(BotId, "Öğrenme Ortağı", "<at>Öğrenme Ortağı</at>"));

        Assert.Equal("LAP nedir?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Without_the_entitys_text_the_mentioned_name_in_at_tags_is_removed()
    {
        var activity = Message("<at>Learning Partner</at> wat is het LAP?", Mention(BotId, "Learning Partner", text: null));

        Assert.Equal("wat is het LAP?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Other_peoples_mentions_and_a_name_that_only_looks_like_the_bots_stay()
    {
        // No entity names the bot: "<at>Learning Partner</at>" here is a person who happens to share the name.
        var activity = Message("<at>Ayşe</at> asked <at>Learning Partner</at> about it", Mention("29:ayse", "Ayşe", "<at>Ayşe</at>"), Mention("29:namesake", "Learning Partner", "<at>Learning Partner</at>"));

        Assert.Equal("<at>Ayşe</at> asked <at>Learning Partner</at> about it", activity.RemoveRecipientMention());
    }

    [Fact]
    public void A_message_without_text_or_mentions_is_left_as_it_is()
    {
        var empty = new Activity { Type = ActivityTypes.Message, Recipient = new ChannelAccount(BotId) };
        var plain = Message("hello");

        Assert.Null(empty.RemoveRecipientMention());
        Assert.Empty(plain.GetMentions());
        Assert.Equal("hello", plain.RemoveRecipientMention());
    }

    [Fact]
    public void A_malformed_mention_entity_is_skipped()
    {
        var activity = Message("<at>Learning Partner</at> hi", new JsonObject { ["type"] = "mention", ["mentioned"] = "not an account" }, Mention(BotId, "Learning Partner", "<at>Learning Partner</at>"));

        Assert.Equal(BotId, Assert.Single(activity.GetMentions()).Mentioned!.Id);
        Assert.Equal("hi", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Other_entities_survive_the_removal()
    {
        var activity = Message("<at>Learning Partner</at> hi", Mention(BotId, "Learning Partner", "<at>Learning Partner</at>"));

        activity.RemoveRecipientMention();

        Assert.Contains(activity.Entities!, e => e.Type == "clientInfo" && e.GetString("locale") == "nl-NL");
    }
}
