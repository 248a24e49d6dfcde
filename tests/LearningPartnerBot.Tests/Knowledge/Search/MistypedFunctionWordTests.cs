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
    public void A_misspelt_function_word_changes_neither_the_answer_nor_its_score(string language, string typed, string slipped)
    {
        var expected = TestKnowledge.Answerer.Answer(typed, language);
        var actual = TestKnowledge.Answerer.Answer(slipped, language);

        Assert.True(expected.IsAnswered, "the correctly typed question should be answered for this test to mean anything");
        Assert.Equal(expected.Answer?.Topic.Id, actual.Answer?.Topic.Id);
        Assert.Equal(expected.Answer?.Score, actual.Answer?.Score);
    }
}
