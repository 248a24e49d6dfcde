using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public class SentenceRangesTests
{
    [Theory]
    [InlineData("105", new[] { 105 })]
    [InlineData("121-124", new[] { 121, 122, 123, 124 })]
    [InlineData(" 7 - 8 ", new[] { 7, 8 })]
    public void Expands_ids_and_ranges(string item, int[] ids)
    {
        Assert.True(SentenceRanges.TryParse(item, out var parsed));
        Assert.Equal(ids, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("130-125")]
    [InlineData("1-2-3")]
    public void Rejects_what_is_not_an_id_or_range(string item)
    {
        Assert.False(SentenceRanges.TryParse(item, out _));
    }

    [Fact]
    public void Formats_runs_of_ids_as_ranges()
    {
        Assert.Equal(["104", "106-108", "110-111"], SentenceRanges.Format([111, 106, 107, 104, 108, 110, 107]));
    }
}
