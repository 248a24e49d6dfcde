using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Tests.Knowledge.Chat;

/// <summary>The answer card as the channel gets it: one topic's card, filled per answer with its id and the question.</summary>
public sealed class FaqAnswerCardTests
{
    private readonly FaqCards _cards = new(new CardLibrary(), TestKnowledge.Index.Knowledge);

    [Theory]
    [InlineData("en", "How do I \"enroll\" <now> & then?\nSecond line\\")]
    [InlineData("tr", "Öğrenme ortağı programına nasıl kaydolurum? İş’te 😀")]
    [InlineData("nl", "")]
    public void Both_votes_carry_the_answer_id_and_the_question_exactly_as_asked(string language, string asked)
    {
        var card = Card(language, "answer-42", asked);

        var votes = Votes(card);
        Assert.Equal(2, votes.Count);
        Assert.All(votes, vote =>
        {
            Assert.Equal("answer-42", vote["answerId"]!.GetValue<string>());
            Assert.Equal(asked, vote["question"]!.GetValue<string>());
        });
    }

    [Fact]
    public void A_long_question_is_cut_before_an_emoji_it_would_split_and_the_card_still_serializes()
    {
        var asked = new string('a', FaqCards.MaxAskedLength - 1) + "😀 and more";

        var votes = Votes(Card("en", "id", asked));

        Assert.All(votes, vote => Assert.Equal(new string('a', FaqCards.MaxAskedLength - 1), vote["question"]!.GetValue<string>()));
    }

    [Fact]
    public void A_lone_half_of_a_character_in_the_question_becomes_a_replacement_character()
    {
        var votes = Votes(Card("en", "id", "broken \uD83D question"));

        Assert.All(votes, vote => Assert.Equal("broken \uFFFD question", vote["question"]!.GetValue<string>()));
    }

    [Fact]
    public void Two_answers_of_one_topic_differ_only_in_their_id_and_question()
    {
        var first = Card("en", "first", "How do I enroll?");
        var second = Card("en", "second", "enrolment please");

        foreach (var vote in Votes(second))
        {
            vote["answerId"] = "first";
            vote["question"] = "How do I enroll?";
        }

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public void The_card_says_its_answer_in_speak_for_the_transcript()
    {
        var topic = TestKnowledge.Index.Knowledge.Topics[0];
        var attachment = _cards.Answer(topic, "en", "id", "q", Strings("en"));

        var rendered = Assert.IsType<RenderedCard>(attachment.Content);
        Assert.Equal(topic.Text("en").Answer.Trim(), rendered.Speak);
        Assert.Equal(rendered.Speak, JsonNode.Parse(JsonSerializer.Serialize(attachment.Content))!["speak"]!.GetValue<string>());
    }

    private JsonObject Card(string language, string answerId, string asked)
    {
        var topic = TestKnowledge.Index.Knowledge.Topics[0];
        var attachment = _cards.Answer(topic, language, answerId, asked, Strings(language));
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content, BotJson.Options))!.AsObject();
    }

    private static List<JsonObject> Votes(JsonNode card) =>
        [.. Descendants(card).OfType<JsonObject>().Where(o => o["faq"]?["action"]?.GetValue<string>() == "vote").Select(o => o["faq"]!.AsObject())];

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    private static BotStrings Strings(string language) => BotStrings.Get(CultureInfo.GetCultureInfo(language));
}
