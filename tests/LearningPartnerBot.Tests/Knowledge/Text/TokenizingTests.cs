namespace LearningPartnerBot.Tests.Knowledge.Text;

public class TokenizingTests
{
    [Theory]
    [InlineData("tr", "Microsoft'un", "microsoft")]
    [InlineData("tr", "Teams'te", "teams")]
    [InlineData("tr", "Teams’te", "teams")]
    [InlineData("tr", "Teamsʼte", "teams")]
    [InlineData("nl", "KPI's", "kpi")]
    [InlineData("en", "partner's", "partner")]
    [InlineData("en", "partner’s", "partner")]
    public void Apostrophe_endings_are_cut(string language, string text, string expected)
    {
        Assert.Equal([expected], Analyzers.WithoutSynonyms(language).Analyze(text));
    }

    [Fact]
    public void Turkish_apostrophe_endings_after_an_abbreviation_leave_the_abbreviation()
    {
        Assert.Equal(["kpi", "kpi", "kpi"], Analyzers.Terms("tr", "KPI'lar KPI'ları KPI’ların"));
    }

    [Fact]
    public void English_contractions_do_not_leave_a_verb_behind()
    {
        // "don't" must not become the search term "do", nor "we're" the term "we".
        Assert.Equal(["match"], Analyzers.Terms("en", "don't we're can't it's I'm match"));
    }

    [Fact]
    public void Punctuation_is_dropped_and_numbers_are_kept()
    {
        Assert.Equal(["invoice", "123", "2021"], Analyzers.Terms("en", "invoice #123 (2021)!?"));
    }

    [Fact]
    public void A_hyphenated_word_gives_the_joined_word_and_its_parts()
    {
        Assert.Equal(["kpidashboard", "kpi", "dashboard"], Analyzers.WithoutSynonyms("en").Analyze("KPI-dashboard"));
        Assert.Equal(["covid19", "covid", "19"], Analyzers.WithoutSynonyms("en").Analyze("covid-19"));
    }

    [Fact]
    public void The_hyphenated_and_the_joined_spelling_share_the_joined_term()
    {
        var hyphenated = Analyzers.Terms("en", "e-mail");
        var joined = Analyzers.Terms("en", "email");

        Assert.Contains(joined.Single(), hyphenated);
    }

    [Fact]
    public void Single_letters_are_dropped_and_single_digits_kept()
    {
        Assert.Equal(["option", "2"], Analyzers.WithoutSynonyms("en").Analyze("option b 2 x"));
    }

    [Fact]
    public void Case_does_not_matter()
    {
        Assert.Equal(Analyzers.Terms("en", "how do i renew my membership"), Analyzers.Terms("en", "HOW DO I RENEW MY MEMBERSHIP"));
        Assert.Equal(Analyzers.Terms("nl", "hoe verleng ik mijn lidmaatschap"), Analyzers.Terms("nl", "HOE VERLENG IK MIJN LIDMAATSCHAP"));
    }

    [Fact]
    public void Every_term_is_lower_case_ascii_letters_and_digits()
    {
        const string text = "Ünïcödé wörds, Straße & ĳs; 日本語 текст; KPI’s—Teams'te «quoted» … 50%";
        foreach (var language in new[] { "en", "nl", "tr" })
        {
            var terms = Analyzers.Terms(language, text);
            Assert.NotEmpty(terms);
            Assert.All(terms, term => Assert.Matches("^[a-z0-9]+$", term));
        }
    }
}
