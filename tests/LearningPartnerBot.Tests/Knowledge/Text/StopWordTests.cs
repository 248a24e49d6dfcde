namespace LearningPartnerBot.Tests.Knowledge.Text;

public class StopWordTests
{
    [Theory]
    [InlineData("en", "What is a KPI?")]
    [InlineData("en", "how do I get the KPI")]
    [InlineData("nl", "Wat is een KPI?")]
    [InlineData("nl", "hoe krijg ik de KPI")]
    [InlineData("tr", "KPI nedir?")]
    [InlineData("tr", "KPI nasıl")]
    [InlineData("tr", "KPI NASIL")]
    [InlineData("tr", "KPI nasil")]
    public void Question_and_function_words_are_dropped(string language, string question)
    {
        var terms = Analyzers.Terms(language, question);

        Assert.Contains("kpi", terms);
        Assert.DoesNotContain(terms, term => term is "what" or "how" or "wat" or "hoe" or "nasil" or "nedir" or "ned");
        Assert.True(terms.Count <= 2, string.Join(", ", terms));
    }

    [Theory]
    [InlineData("en", "the partner needs a trainer and an invoice")]
    [InlineData("nl", "de partner heeft een trainer en een factuur nodig")]
    [InlineData("tr", "bu iş ortağı için bir eğitmen ve bir fatura gerekir")]
    public void Domain_words_are_kept(string language, string sentence)
    {
        var terms = Analyzers.Terms(language, sentence);

        Assert.Contains("invoice", terms);
        Assert.True(terms.Count >= 3, string.Join(", ", terms));
    }

    [Theory]
    [InlineData("en", "what how where when why which who")]
    [InlineData("nl", "wat hoe waar wanneer waarom welke wie")]
    [InlineData("tr", "ne nasıl nerede neden hangi nedir")]
    public void A_question_of_only_question_words_has_no_terms(string language, string question)
    {
        Assert.Empty(Analyzers.Terms(language, question));
    }

    [Fact]
    public void Stop_words_belong_to_their_language()
    {
        // Turkish "de" ("also") is a stop word in Turkish; "hoe" is not Turkish and stays a term there.
        Assert.Empty(Analyzers.Terms("tr", "de"));
        Assert.Equal(["hoe"], Analyzers.Terms("tr", "hoe"));
        Assert.Equal(["nasil"], Analyzers.Terms("en", "nasil"));
    }
}
