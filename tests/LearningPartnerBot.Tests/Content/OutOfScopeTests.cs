using LearningPartnerBot.Tests.Knowledge;

namespace LearningPartnerBot.Tests.Content;

/// <summary>
/// Questions the article does not answer (refunds, prices, account managers, support hours, timelines, other
/// programs) get no answer rather than a confident wrong one, in each language, in words no entry lists verbatim.
/// </summary>
public sealed class OutOfScopeTests
{
    [Theory]
    [InlineData("action pack için para iadesi var mı", "tr")]
    [InlineData("gold kaç lira", "tr")]
    [InlineData("müşteri temsilcim kim", "tr")]
    [InlineData("CSP programına nasıl katılırım", "tr")]
    [InlineData("can we get our money back for courseware", "en")]
    [InlineData("what are the support opening hours", "en")]
    [InlineData("how do I join the CSP program", "en")]
    [InlineData("wie is onze accountmanager bij Microsoft", "nl")]
    [InlineData("wanneer is Partner Frontline Support open", "nl")]
    public void A_question_the_article_does_not_answer_gets_no_answer(string question, string language)
    {
        var answer = TestKnowledge.Answerer.Answer(question, language);

        Assert.True(answer.Answer is null, $"'{question}' was answered with {answer.Answer?.Topic.Id}");
    }
}
