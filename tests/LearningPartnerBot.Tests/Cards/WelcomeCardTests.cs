using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Tests.Cards;

public class WelcomeCardTests
{
    public static TheoryData<string> Locales => ["en", "nl", "tr"];

    [Theory]
    [MemberData(nameof(Locales))]
    public void Is_an_adaptive_card_1_5_with_no_unbound_expressions(string locale)
    {
        var attachment = Create(locale, out _);
        var json = JsonSerializer.Serialize(attachment.Content);

        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        Assert.DoesNotContain("${", json, StringComparison.Ordinal);
        Assert.Contains("\"version\":\"1.5\"", json, StringComparison.Ordinal);
        Assert.Contains("\"$schema\":\"http://adaptivecards.io/schemas/adaptive-card.json\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Shows_the_localized_texts(string locale)
    {
        var card = JsonSerializer.SerializeToNode(Create(locale, out var strings).Content)!.AsObject();
        var texts = card["body"]!.AsArray().SelectMany(Texts).ToList();

        Assert.Contains(strings.WelcomeTitle, texts);
        Assert.Contains(strings.WelcomeIntro, texts);
        Assert.Contains(strings.MenuPrompt, texts);
        Assert.Contains(texts, t => t.Contains(strings.EligibilityDescription, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Buttons_post_the_journey_id_and_show_their_title_in_teams(string locale)
    {
        var card = JsonSerializer.SerializeToNode(Create(locale, out var strings).Content)!.AsObject();
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();

        Assert.All(actions, a => Assert.Equal("Action.Submit", a["type"]!.GetValue<string>()));
        Assert.Equal([strings.FaqTitle, strings.EligibilityTitle, strings.RequestsTitle], actions.Select(a => a["title"]!.GetValue<string>()));
        Assert.Equal([Journeys.Faq, Journeys.Eligibility, Journeys.Requests], actions.Select(a => a["data"]!["journey"]!.GetValue<string>()));
        Assert.All(actions, a =>
        {
            var teams = a["data"]!["msteams"]!;
            Assert.Equal("messageBack", teams["type"]!.GetValue<string>());
            Assert.Equal(a["title"]!.GetValue<string>(), teams["displayText"]!.GetValue<string>());
            Assert.Equal(a["data"]!["journey"]!.GetValue<string>(), teams["text"]!.GetValue<string>());
        });
    }

    [Fact]
    public void Stays_well_under_the_teams_card_size_limit()
    {
        var card = JsonSerializer.SerializeToNode(Create("tr", out _).Content)!.AsObject();

        Assert.True(card.ToJsonString().Length < 10_000);
    }

    private static Attachment Create(string locale, out BotStrings strings)
    {
        strings = BotStrings.Get(CultureInfo.GetCultureInfo(locale));
        return WelcomeCard.Create(new CardLibrary(), strings);
    }

    private static IEnumerable<string> Texts(JsonNode? element) =>
        element!["type"]!.GetValue<string>() == "Container"
            ? element["items"]!.AsArray().SelectMany(Texts)
            : [element["text"]!.GetValue<string>()];
}
