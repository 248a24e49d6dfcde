using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public class EntryIdsTests
{
    [Theory]
    [InlineData("next-steps", "next-steps")]
    [InlineData("enroll-with-the-learning-action-pack", "enroll-learning-action-pack")]
    [InlineData("q-does-a-one-day-training-equate-to-one-kpi", "one-day-training-equate-one-kpi")]
    [InlineData(
        "q-where-should-i-go-in-case-there-is-a-discrepancy-between-kpis-in-partner-center-under-the-learning-option-and-my-kpi-dashboard",
        "where-go-discrepancy-kpis-partner-center")]
    [InlineData("q-why-dont-i-appear-as-a-microsoft-learning-partner-in-the-learning-partner-directory", "why-dont-appear-microsoft-learning-partner")]
    [InlineData("to-the", "to-the")]
    public void Shortens_anchors_to_their_first_content_words(string anchor, string id)
    {
        Assert.Equal(id, EntryIds.Shorten(anchor));
    }

    [Fact]
    public void Ids_are_lower_case_kebab_case()
    {
        Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", EntryIds.Shorten("Q-What_ABOUT--Ünïcode-Things"));
    }

    [Fact]
    public void Anchors_that_shorten_alike_get_distinct_ids_whatever_their_order()
    {
        string[] anchors = ["one-two-three-four-five-six-seven", "one-two-three-four-five-six-eight", "other"];

        var forward = EntryIds.ForAnchors(anchors);
        var backward = EntryIds.ForAnchors(anchors.Reverse());

        Assert.Equal(3, forward.Values.Distinct().Count());
        Assert.StartsWith("one-two-three-four-five-six-", forward[anchors[0]], StringComparison.Ordinal);
        Assert.Equal("other", forward["other"]);
        Assert.All(anchors, a => Assert.Equal(forward[a], backward[a]));
    }
}
