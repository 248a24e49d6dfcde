namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>One-letter slips partners make, including inside words the synonym table rewrites.</summary>
public sealed class TypoMatchingTests
{
    [Theory]
    [InlineData("en", "learnning action pack requirements", "action-pack")]
    [InlineData("nl", "inschrijvn learning partner programma", "how-to-enroll")]
    [InlineData("en", "what do we need for the acction pack", "action-pack")]
    [InlineData("tr", "silver yetkinlik gereksinimleri nelrdir", "silver")]
    public void A_one_letter_slip_still_finds_the_topic(string language, string question, string topic)
    {
        Assert.Equal(topic, TestKnowledge.Answerer.Answer(question, language).Answer?.Topic.Id);
    }

    [Fact]
    public void A_typo_in_a_synonym_is_read_as_the_synonym_meaning()
    {
        // "inschrijven" is stored as "enroll"; its misspelling used to match nothing.
        var terms = TestKnowledge.Index.ExplainTerms("inschrijvn", "nl");

        Assert.Contains(terms[0].Matches, m => m.Term == "enroll");
    }

    [Fact]
    public void A_lone_word_of_a_synonym_phrase_is_trusted_less_than_a_typo()
    {
        // "pack" alone stands for "action pack", but less surely than a misspelling of a whole term does.
        var pack = TestKnowledge.Index.ExplainTerms("pack", "en")[0].Matches.Single(m => m.Term == "actionpack");

        Assert.Equal(0.7, pack.Confidence);
    }
}
