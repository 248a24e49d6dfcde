using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.SmallTalk;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>
/// Small talk scored the way partners would meet it: Eval/smalltalk.tsv holds greetings, thanks, requests for help,
/// questions about the bot and goodbyes written for this set, none of them one of the recognizer's own phrases, and
/// FAQ questions that merely start like small talk ("none"). Only the public entry point is used, so the set scores
/// whichever recognizer sits behind it.
/// </summary>
public sealed class SmallTalkScoringTests(ITestOutputHelper output)
{
    private const string None = "none";

    private const double MinAccuracy = 0.9;

    private static readonly Lazy<List<Row>> Rows = new(Read);

    [Fact(Skip = "Not met by today's phrase-list recognizer (2026-12-06): 0.000 of the small talk recognized in en, nl and tr (0 of 40 each); it knows only its own phrases. The bar is for its replacement; the lead decides.")]
    public void Each_language_recognizes_at_least_90_percent_of_the_small_talk_with_its_intent()
    {
        var scores = Score();

        Assert.All(KnowledgeLanguages.All, language =>
            Assert.True(scores[language] >= MinAccuracy, $"{language}: {scores[language]:0.000} of the small talk recognized with its intent, below {MinAccuracy:0.00}"));
    }

    [Fact]
    public void No_question_that_starts_like_small_talk_is_taken_for_small_talk()
    {
        Score();

        var taken = Rows.Value.Where(r => r.Intent == None && Recognized(r.Text) != None).ToList();

        Assert.True(taken.Count == 0, "taken for small talk: " + string.Join("; ", taken.Select(r => $"{r.Locale} line {r.Line} \"{r.Text}\" as {Recognized(r.Text)}")));
    }

    [Fact]
    public void The_set_has_every_intent_and_questions_in_every_language()
    {
        string[] intents = [.. Enum.GetValues<SmallTalkIntent>().Select(Name)];

        foreach (var language in KnowledgeLanguages.All)
        {
            Assert.Equal(intents.Order(StringComparer.Ordinal), Rows.Value.Where(r => r.Locale == language).Select(r => r.Intent).Distinct().Order(StringComparer.Ordinal));
        }
    }

    /// <summary>Per language, the share of small-talk rows recognized with their intent; misses go to the output.</summary>
    private Dictionary<string, double> Score()
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var language in KnowledgeLanguages.All)
        {
            var smallTalk = Rows.Value.Where(r => r.Locale == language && r.Intent != None).ToList();
            var misses = smallTalk.Where(r => Recognized(r.Text) != r.Intent).ToList();
            scores[language] = smallTalk.Count == 0 ? 0 : (double)(smallTalk.Count - misses.Count) / smallTalk.Count;
            output.WriteLine($"{language}: {scores[language]:0.000} of {smallTalk.Count} small-talk texts recognized with their intent");
            foreach (var miss in misses)
            {
                output.WriteLine($"MISS {language} line {miss.Line}: \"{miss.Text}\" expected {miss.Intent}, got {Recognized(miss.Text)}");
            }
        }

        return scores;
    }

    private static string Recognized(string text) => Name(SmallTalkRecognizer.Recognize(text).Intent);

    private static string Name(SmallTalkIntent intent) => intent switch
    {
        SmallTalkIntent.Greeting => "greeting",
        SmallTalkIntent.Thanks => "thanks",
        SmallTalkIntent.Help => "help",
        SmallTalkIntent.Capabilities => "capabilities",
        SmallTalkIntent.Goodbye => "goodbye",
        _ => None,
    };

    private static List<Row> Read()
    {
        var lines = File.ReadAllLines(TestKnowledge.EvalFile("smalltalk.tsv"));
        var rows = new List<Row>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            Assert.True(columns.Length == 3, $"smalltalk.tsv line {i + 1}: want locale, text, intent");
            rows.Add(new Row(columns[0], columns[1], columns[2], i + 1));
        }

        return rows;
    }

    private sealed record Row(string Locale, string Text, string Intent, int Line);
}
