using System.Globalization;
using BotKit.Schema;
using LearningPartnerBot.Localization;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Knowledge.Chat;

/// <summary>The FAQ as a partner meets it in each language: typed questions, card buttons, votes, and "I'm not sure".</summary>
public sealed class FaqConversationTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string> Questions => new()
    {
        { "en-US", "Which roles can enroll my company in the Learning Partner program?", "roles" },
        { "nl-NL", "Waarom sta ik niet in de Learning Partner-directory?", "directory-listing" },
        { "tr-TR", "Bir günlük eğitim bir KPI'ya eşit mi?", "training-duration-kpi" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_typed_question_gets_the_answer_card_of_its_topic_with_a_source_link(string locale, string question, string topic)
    {
        using var chat = new ChatHarness(locale, output);
        Activity? answer = null;

        await chat.Flow().Send(question).AssertReply(reply => answer = reply).StartTestAsync();

        Assert.Equal(topic, CardReader.AnsweredTopic(answer!));
        var source = Assert.Single(CardReader.Buttons(CardReader.Card(answer!)), b => b["type"]!.GetValue<string>() == "Action.OpenUrl");
        Assert.Contains("#", source["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(locale[..2], answer!.Locale);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_follow_up_button_answers_the_related_topic(string locale, string question, string topic)
    {
        using var chat = new ChatHarness(locale, output);
        Activity? answer = null;
        Activity? followUp = null;
        await chat.Flow().Send(question).AssertReply(reply => answer = reply).StartTestAsync();
        var button = CardReader.FaqButtons(CardReader.Card(answer!), "show")[0];
        var related = button["data"]!["faq"]!["topic"]!.GetValue<string>();

        await chat.Flow().Send(CardReader.Click(button)).AssertReply(reply => followUp = reply).StartTestAsync();

        Assert.NotEqual(topic, related);
        Assert.Equal(related, CardReader.AnsweredTopic(followUp!));
        Assert.Equal(button["title"]!.GetValue<string>(), CardReader.Card(followUp!)["body"]![0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task A_thumbs_down_is_stored_once_per_answer_even_when_clicked_twice(string locale, string question, string topic)
    {
        using var chat = new ChatHarness(locale, output);
        var strings = BotStrings.Get(CultureInfo.GetCultureInfo(locale[..2]));
        Activity? answer = null;
        await chat.Flow().Send(question).AssertReply(reply => answer = reply).StartTestAsync();
        var thumbsDown = Assert.Single(CardReader.FaqButtons(CardReader.Card(answer!), "vote"), b => b["data"]!["faq"]!["helpful"]!.GetValue<bool>() == false);

        await chat.Flow()
            .Send(CardReader.Click(thumbsDown)).AssertReply(strings.FaqThanksNotHelpful)
            .Send(CardReader.Click(thumbsDown)).AssertReply(strings.FaqThanksNotHelpful)
            .StartTestAsync();

        await using var db = chat.Feedback.Open();
        var vote = await db.Votes.SingleAsync();
        Assert.Equal((topic, false, question), (vote.TopicId, vote.Helpful, vote.Question));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task Two_answers_of_one_topic_each_carry_their_own_answer_id_and_question(string locale, string question, string topic)
    {
        using var chat = new ChatHarness(locale, output);
        var again = question.ToUpperInvariant() + " !";
        Activity? first = null;
        Activity? second = null;
        await chat.Flow()
            .Send(question).AssertReply(reply => first = reply)
            .Send(again).AssertReply(reply => second = reply)
            .StartTestAsync();

        var firstVote = CardReader.FaqButtons(CardReader.Card(first!), "vote")[0]["data"]!["faq"]!;
        var secondVote = CardReader.FaqButtons(CardReader.Card(second!), "vote")[0]["data"]!["faq"]!;
        Assert.Equal(topic, CardReader.AnsweredTopic(second!));
        Assert.Equal(question, firstVote["question"]!.GetValue<string>());
        Assert.Equal(again, secondVote["question"]!.GetValue<string>());
        Assert.NotEqual(firstVote["answerId"]!.GetValue<string>(), secondVote["answerId"]!.GetValue<string>());
        Assert.All(
            CardReader.FaqButtons(CardReader.Card(first!), "vote"),
            vote => Assert.Equal(firstVote["answerId"]!.GetValue<string>(), vote["data"]!["faq"]!["answerId"]!.GetValue<string>()));
    }

    public static TheoryData<string, string> OutOfDomain => new()
    {
        { "en-US", "What's the weather like in Amsterdam tomorrow?" },
        { "nl-NL", "Hoe reset ik het wachtwoord van mijn Xbox-account?" },
        { "tr-TR", "Yarın İstanbul'da hava nasıl olacak?" },
    };

    [Theory]
    [MemberData(nameof(OutOfDomain))]
    public async Task An_out_of_domain_question_gets_no_answer_card_and_is_kept_for_review(string locale, string question)
    {
        using var chat = new ChatHarness(locale, output);
        var strings = BotStrings.Get(CultureInfo.GetCultureInfo(locale[..2]));
        Activity? reply = null;

        await chat.Flow().Send(question).AssertReply(r => reply = r).StartTestAsync();

        var card = CardReader.Card(reply!);
        Assert.Empty(CardReader.FaqButtons(card, "vote"));
        Assert.Equal(strings.FaqNotSure, card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Single(CardReader.FaqButtons(card, "support"));
        await chat.Feedback.Store.FlushUnansweredAsync(CancellationToken.None);
        await using var db = chat.Feedback.Open();
        Assert.Equal(question, (await db.UnansweredQuestions.SingleAsync()).Question);
    }

    public static TheoryData<string, string> Vague => new()
    {
        { "en-US", "silver gold" },
        { "nl-NL", "zilver of goud" },
        { "tr-TR", "gümüş altın" },
    };

    [Theory]
    [MemberData(nameof(Vague))]
    public async Task A_vague_question_offers_did_you_mean_buttons_that_answer_when_clicked(string locale, string question)
    {
        using var chat = new ChatHarness(locale, output);
        Activity? reply = null;
        Activity? answer = null;
        await chat.Flow().Send(question).AssertReply(r => reply = r).StartTestAsync();
        var suggestions = CardReader.FaqButtons(CardReader.Card(reply!), "show");

        await chat.Flow().Send(CardReader.Click(suggestions[0])).AssertReply(r => answer = r).StartTestAsync();

        Assert.InRange(suggestions.Count, 2, 3);
        Assert.Equal(suggestions[0]["data"]!["faq"]!["topic"]!.GetValue<string>(), CardReader.AnsweredTopic(answer!));
    }

    [Fact]
    public async Task A_question_in_another_language_than_the_chat_is_answered_in_the_question_language()
    {
        using var chat = new ChatHarness("en-US", output);
        Activity? answer = null;

        await chat.Flow().Send("Is er een COVID-19-verlenging voor competenties?").AssertReply(r => answer = r).StartTestAsync();

        Assert.Equal("nl", answer!.Locale);
        Assert.Equal("covid-extension", CardReader.AnsweredTopic(answer));
    }
}
