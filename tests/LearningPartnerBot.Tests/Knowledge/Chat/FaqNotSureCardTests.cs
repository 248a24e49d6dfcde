using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Tests.Knowledge.Chat;

/// <summary>The "not sure" card as the channel gets it: the template bound with the suggested topics, in their order.</summary>
public sealed class FaqNotSureCardTests
{
    private readonly FaqCards _cards = new(new CardLibrary(), TestKnowledge.Index.Knowledge);

    [Theory]
    [InlineData("en", 0)]
    [InlineData("en", 3)]
    [InlineData("nl", 1)]
    [InlineData("nl", 2)]
    [InlineData("tr", 0)]
    [InlineData("tr", 3)]
    public void The_card_is_the_template_bound_with_the_suggestions(string language, int count)
    {
        var suggestions = Suggestions(skip: count, count);
        var strings = Strings(language);

        var card = Sent(_cards.NotSure(suggestions, language, strings));

        var expected = new CardLibrary().Get(FaqCards.NotSureCardName).Render(new
        {
            notSure = strings.FaqNotSure,
            didYouMean = strings.FaqDidYouMean,
            noSuggestions = strings.FaqNoSuggestions,
            hasSuggestions = count > 0,
            suggestions = suggestions.Select(s => new { topic = s.Topic.Id, language, question = s.Topic.Text(language).Question }).ToList(),
            contactSupport = strings.FaqContactSupport,
        }).ToJsonObject();
        Assert.True(JsonNode.DeepEquals(expected, card), card.ToJsonString());
    }

    [Fact]
    public void Two_cards_with_as_many_suggestions_offer_each_its_own_topics_in_their_order()
    {
        var first = Suggestions(skip: 0, 2);
        var second = Suggestions(skip: 2, 2);

        Assert.Equal(Topics(first), Offered(Sent(_cards.NotSure(first, "tr", Strings("tr")))));
        Assert.Equal(Topics(second), Offered(Sent(_cards.NotSure(second, "tr", Strings("tr")))));
    }

    private static List<ScoredTopic> Suggestions(int skip, int count) =>
        [.. TestKnowledge.Index.Knowledge.Topics.Skip(skip).Take(count).Select(topic => new ScoredTopic(topic, 0.4, 3.2))];

    private static List<(string, string)> Topics(List<ScoredTopic> suggestions) =>
        [.. suggestions.Select(s => (s.Topic.Id, s.Topic.Text("tr").Question))];

    private static List<(string, string)> Offered(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().Where(e => e["actions"] is not null).SelectMany(e => e["actions"]!.AsArray())
            .Select(a => (a!["data"]!["faq"]!["topic"]!.GetValue<string>(), a["title"]!.GetValue<string>()))];

    private static JsonObject Sent(Attachment attachment)
    {
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content, BotJson.Options))!.AsObject();
    }

    private static BotStrings Strings(string language) => BotStrings.Get(CultureInfo.GetCultureInfo(language));
}
