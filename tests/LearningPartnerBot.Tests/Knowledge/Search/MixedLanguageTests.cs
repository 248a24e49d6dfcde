namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>Dutch and Turkish questions that carry the program's English terms, as partners really write them.</summary>
public sealed class MixedLanguageTests
{
    [Fact]
    public void English_program_terms_in_a_Turkish_question_find_the_topic_and_the_answer_stays_Turkish()
    {
        var answer = TestKnowledge.Answerer.Answer("learning option asset collection nerede", "tr");

        Assert.Equal("new-partner-resources", answer.Answer?.Topic.Id);
        Assert.Equal("tr", answer.Language);
    }

    [Theory]
    [InlineData("tr", "Xbox controller kumandam konsola bağlanmıyor")]
    [InlineData("nl", "mijn Xbox controller doet het niet meer")]
    [InlineData("tr", "Azure subscription faturam neden bu kadar yüksek")]
    public void English_words_in_an_off_topic_question_do_not_make_it_answerable(string language, string question)
    {
        Assert.False(TestKnowledge.Answerer.Answer(question, language).IsAnswered);
    }
}
