using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Tests.Knowledge.Chat;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Content;

/// <summary>FAQ answers as a partner reads them: where they come from, and conditional facts stated with their condition first.</summary>
public sealed class ArticleAnswerTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string> SourceLines => new()
    {
        { "en-US", "Is there a discount when we upgrade from silver to gold?", "Use Partner Center to enroll as a Microsoft Learning Partner", "February 5, 2021" },
        { "nl-NL", "Krijgen we korting als we van silver naar gold overstappen?", "Gebruik Partner Center om u in te schrijven als een Microsoft Learning Partner", "5 februari 2021" },
        { "tr-TR", "Gümüşten altına yükseltirken indirim var mı?", "Öğrenme İş Ortağı olarak kaydolma", "5 Şubat 2021" },
    };

    public static TheoryData<string, string, string> CovidOutsideTheWindow => new()
    {
        { "en-US", "our anniversary is in august 2021, do we get the covid extension?", "Yes" },
        { "nl-NL", "onze jubileumdatum is in augustus 2021, krijgen we de covid-verlenging?", "Ja" },
        { "tr-TR", "yıl dönümümüz ağustos 2021'de, covid uzatmasını alır mıyız?", "Evet" },
    };

    [Theory]
    [MemberData(nameof(SourceLines))]
    public async Task An_answer_names_the_article_and_its_date_beside_a_link_to_its_real_address(string locale, string question, string title, string date)
    {
        using var chat = new ChatHarness(locale, output);
        Activity? answer = null;

        await chat.Flow().Send(question).AssertReply(reply => answer = reply).StartTestAsync();

        var card = CardReader.Card(answer!);
        Assert.Contains(Texts(card), t => t.Contains(title, StringComparison.Ordinal) && t.Contains(date, StringComparison.Ordinal));
        var source = Assert.Single(CardReader.Buttons(card), b => b["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.StartsWith(
            $"https://learn.microsoft.com/{locale.ToLowerInvariant()}/partner-center/mpn-benefits-map-competency-learning-option-enroll#",
            source["url"]!.GetValue<string>(),
            StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CovidOutsideTheWindow))]
    public async Task A_covid_question_about_an_anniversary_outside_the_window_is_not_answered_yes(string locale, string question, string yes)
    {
        using var chat = new ChatHarness(locale, output);
        Activity? answer = null;

        await chat.Flow().Send(question).AssertReply(reply => answer = reply).StartTestAsync();

        Assert.Equal("covid-extension", CardReader.AnsweredTopic(answer!));
        var text = Texts(CardReader.Card(answer!))[1];
        Assert.False(text.StartsWith(yes, StringComparison.Ordinal), $"The answer starts with '{yes}' before its condition: {text}");
        Assert.Contains("2021", text.Split('.')[0], StringComparison.Ordinal);
    }

    private static List<string> Texts(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>()
            .Where(e => e["type"]?.GetValue<string>() == "TextBlock")
            .Select(e => e["text"]!.GetValue<string>())];
}
