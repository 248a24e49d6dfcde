using LearningPartnerBot.Tests.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>
/// A slipped key in a long function word ("pleasse", "alstubleift") must not read as a word the knowledge base has
/// never seen: that would lower every topic's score and can stop an answer the correctly typed question gets.
/// </summary>
public sealed class MistypedFunctionWordTests
{
    [Theory]
    [InlineData("en", "where can I find the learning partner enrollment guide please", "where can I find the learning partner enrollment guide pleasse")]
    [InlineData("nl", "waar vind ik de Learning Partner Enrollment Guide alstublieft", "waar vind ik de Learning Partner Enrollment Guide alstubleift")]
    [InlineData("tr", "silver yetkinlik gereksinimleri nelerdir", "silver yetkinlik gereksinimleri nelrdir")]
    [InlineData("en", "which role do I need to enroll", "wich role do I need to enroll")]
    [InlineData("en", "where do I enroll as a learning partner", "wher do I enroll as a learning partner")]
    [InlineData("en", "which role do I need to enroll", "whcih role do I need to enroll")]
    public void A_misspelt_function_word_changes_neither_the_answer_nor_its_score(string language, string typed, string slipped)
    {
        var expected = TestKnowledge.Answerer.Answer(typed, language);
        var actual = TestKnowledge.Answerer.Answer(slipped, language);

        Assert.True(expected.IsAnswered, "the correctly typed question should be answered for this test to mean anything");
        Assert.Equal(expected.Answer?.Topic.Id, actual.Answer?.Topic.Id);
        Assert.Equal(expected.Answer?.Score, actual.Answer?.Score);
    }

    /// <summary>Four letters left of other function words are words of their own, and must still count.</summary>
    [Theory]
    [InlineData("en", "approved by hand", "hand")]
    [InlineData("en", "we rent a classroom", "rent")]
    [InlineData("en", "there is a cloud competency", "cloud")]
    [InlineData("tr", "hangi izin gerekiyor", "role")]
    public void A_word_that_reads_like_a_function_word_with_a_letter_dropped_is_still_a_search_term(string language, string text, string term)
    {
        Assert.Contains(term, Analyzers.Terms(language, text));
    }

    [Fact]
    public void A_question_word_with_a_letter_dropped_is_not_a_search_term()
    {
        Assert.Equal(Analyzers.Terms("en", "which role"), Analyzers.Terms("en", "wich role"));
    }
}
