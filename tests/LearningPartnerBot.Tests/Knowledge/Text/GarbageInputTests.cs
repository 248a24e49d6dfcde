using System.Text;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

/// <summary>Whatever a channel delivers, analysis and detection answer instead of failing the turn.</summary>
public class GarbageInputTests
{
    public static TheoryData<string, string> MeaninglessInputs()
    {
        var data = new TheoryData<string, string>();
        string[] inputs =
        [
            "", " ", "\t\r\n", "\0\u0001\u0007\u001b", "👍🎉🤖", "\ud800", "\udc00\ud800", "?!.,;:#%&*()[]{}<>",
            "----", "''''", "’’", "-'-'-", "\u0301\u0301", "\u00ad\u200b\u200d", "a b c", "\uFEFF\uFFFD",
        ];
        foreach (var language in SupportedLanguages.All)
        {
            foreach (var input in inputs)
                data.Add(language, input);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MeaninglessInputs))]
    public void Meaningless_input_gives_no_terms_and_no_language(string language, string text)
    {
        Assert.Empty(Analyzers.For(language).Analyze(text));
        Assert.Null(LanguageDetector.Detect(text).Language);
    }

    [Fact]
    public void Null_text_is_treated_as_empty()
    {
        Assert.Empty(Analyzers.For("en").Analyze(null!));
        Assert.Equal(LanguageGuess.Unknown, LanguageDetector.Detect(null!));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Ten_thousand_characters_of_mixed_text_give_well_formed_terms(string language)
    {
        var text = RandomText(seed: 42, length: 10_000);

        var terms = Analyzers.For(language).Analyze(text);
        LanguageDetector.Detect(text);

        Assert.NotEmpty(terms);
        Assert.All(terms, term => Assert.Matches("^[a-z0-9]{1,64}$", term));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void A_ten_thousand_letter_word_is_dropped_and_the_rest_kept(string language)
    {
        var text = "partner " + new string('a', 10_000) + " " + string.Concat(Enumerable.Repeat("leer", 2_500));

        var terms = Analyzers.For(language).Analyze(text);

        Assert.Equal(Analyzers.For(language).Analyze("partner"), terms);
    }

    [Fact]
    public void Control_characters_between_words_separate_them()
    {
        Assert.Equal(Analyzers.Terms("en", "partner center invoice"), Analyzers.Terms("en", "partner\u0000center\u0007invoice"));
    }

    [Fact]
    public void Unsupported_languages_are_refused_when_the_analyzer_is_created()
    {
        Assert.Throws<ArgumentException>(() => TextAnalyzer.Create("de", SynonymTable.Empty));
        Assert.Equal("nl", TextAnalyzer.Create("nl-NL", SynonymTable.Empty).Language);
    }

    /// <summary>Latin words with Turkish and Dutch letters, other scripts, emoji, digits and punctuation.</summary>
    private static string RandomText(int seed, int length)
    {
        string[] pieces =
        [
            "partner", "şirketimizin", "KPI'ları", "leeroptie", "zilveren", "Teams’te", "covid-19", "2024",
            "日本語", "текст", "👍", "\u0000", "\ud83d", "-", "'", "#", "ĳs", "İSTANBUL", "I\u0307", "e\u0301", "\t",
        ];
        var random = new Random(seed);
        var builder = new StringBuilder(length);
        while (builder.Length < length)
            builder.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        return builder.ToString(0, length);
    }
}
