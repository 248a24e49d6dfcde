using LearningPartnerBot.Knowledge;

namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>
/// A question that is mainly about something the article never mentions is not answered with the topic its other
/// words match: "does the action pack include a snowboard" must not get the Action Pack answer.
/// </summary>
public sealed class UnexplainedWordTests
{
    [Theory]
    [InlineData("en", "does the action pack include a snowboard")]
    [InlineData("nl", "krijgen we een snowboard bij het Learning Action Pack")]
    [InlineData("tr", "learning action pack snowboard")]
    public void A_question_mostly_about_a_word_no_topic_explains_is_not_answered(string language, string question)
    {
        var answer = TestKnowledge.Answerer.Answer(question, language);

        Assert.False(answer.IsAnswered, $"answered with {answer.Answer?.Topic.Id}");
        Assert.True(
            answer.UnexplainedShare >= new KnowledgeOptions().AbstentionFor(language).MaxUnexplainedShare,
            "the unknown word should be what stops the answer");
    }

    [Theory]
    [InlineData("en", "does the action pack include a snowboard")]
    [InlineData("nl", "krijgen we een snowboard bij het Learning Action Pack")]
    [InlineData("tr", "learning action pack snowboard")]
    public void Without_the_rule_the_same_question_would_get_the_action_pack_answer(string language, string question)
    {
        var options = new KnowledgeOptions();
        options.AbstentionFor(language).MaxUnexplainedShare = 1.01;

        var answer = new FaqAnswerer(TestKnowledge.Index, options).Answer(question, language);

        Assert.Equal("action-pack", answer.Answer?.Topic.Id);
    }

    [Theory]
    [InlineData("en", "our anniversary was on 17 March 2021, is the covid extension offered to us?")]
    [InlineData("nl", "onze jubileumdatum was 17 maart 2021, geldt de covid-verlenging voor ons?")]
    [InlineData("tr", "yıl dönümü tarihimiz 17 Mart 2021, covid uzatması bize sunuluyor mu?")]
    public void Dates_and_amounts_are_details_not_what_the_question_is_about(string language, string question)
    {
        var answer = TestKnowledge.Answerer.Answer(question, language);

        Assert.Equal("covid-extension", answer.Answer?.Topic.Id);
    }
}
