using BotKit.Dialogs.Choices;
using BotKit.Schema;

namespace BotKit.Tests.Dialogs;

public sealed class ChoiceRecognizerTests
{
    private static readonly List<Choice> Tiers =
    [
        new("silver") { Action = new CardAction(ActionTypes.ImBack, "Silver competency", "Silver competency"), Synonyms = ["gümüş", "zilver", "gümüş yetkinlik"] },
        new("gold") { Action = new CardAction(ActionTypes.ImBack, "Gold competency", "Gold competency"), Synonyms = ["altın", "goud"] },
        new("lap") { Action = new CardAction(ActionTypes.ImBack, "Learning Action Pack", "Learning Action Pack") },
    ];

    [Theory]
    [InlineData("Gold competency", "gold")]
    [InlineData("  GOLD   competency! ", "gold")]
    [InlineData("ALTIN", "gold")]
    [InlineData("Altin", "gold")]
    [InlineData("GÜMÜŞ", "silver")]
    [InlineData("gumus", "silver")]
    [InlineData("3", "lap")]
    [InlineData("learn action", "lap")]
    public void Recognizes_a_choice_by_title_synonym_number_or_prefix_whatever_the_case_accents_and_dotless_i(string said, string expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(said, Tiers)?.Value);
    }

    [Fact]
    public void Two_choices_matching_equally_well_are_no_answer()
    {
        Assert.Null(ChoiceRecognizer.Recognize("competency", Tiers));
    }

    [Theory]
    [InlineData("gold")]
    [InlineData("Goud")]
    [InlineData("2")]
    [InlineData("learn act pack")]
    [InlineData("Silver competency")]
    [InlineData("GÜMÜŞ yetkinlik")]
    [InlineData("gumus yetkinlik")]
    public void The_whole_message_naming_a_choice_is_recognized_as_a_whole(string said)
    {
        var whole = ChoiceRecognizer.RecognizeWhole(said, Tiers);
        var again = ChoiceRecognizer.RecognizeWhole(said, Tiers);
        var scored = ChoiceRecognizer.Recognize(said, Tiers);

        Assert.NotNull(whole);
        Assert.Equal(whole.Value, again?.Value);
        Assert.Equal(1.0, scored!.Score);
        Assert.Equal(scored.Value, whole.Value);
    }

    [Theory]
    [InlineData("I have a question about gold")]
    [InlineData("gold please")]
    [InlineData("competency")]
    [InlineData("7")]
    [InlineData("")]
    public void A_message_that_only_mentions_a_choice_is_not_one_as_a_whole(string said)
    {
        Assert.Null(ChoiceRecognizer.RecognizeWhole(said, Tiers));
    }
}
