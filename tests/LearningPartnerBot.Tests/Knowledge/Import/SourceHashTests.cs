using LearningPartnerBot.Knowledge.Import;

namespace LearningPartnerBot.Tests.Knowledge.Import;

public class SourceHashTests
{
    [Fact]
    public void Is_a_short_lower_case_hex_string()
    {
        Assert.Matches("^[0-9a-f]{12}$", SourceHash.Compute(["Yes."]));
    }

    [Fact]
    public void Ignores_how_the_text_is_wrapped_or_spaced()
    {
        Assert.Equal(SourceHash.Compute(["Book the room.", "Check the  network."]), SourceHash.Compute([" Book the\nroom. ", "Check the network."]));
    }

    [Fact]
    public void Changes_when_a_word_changes_or_sentences_merge()
    {
        var original = SourceHash.Compute(["Book the room.", "Check the network."]);

        Assert.NotEqual(original, SourceHash.Compute(["Book the hall.", "Check the network."]));
        Assert.NotEqual(original, SourceHash.Compute(["Book the room. Check the network."]));
    }
}
