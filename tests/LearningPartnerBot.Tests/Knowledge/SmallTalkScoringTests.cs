using LearningPartnerBot.Knowledge;
using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Conversation.Phrasings;
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

    // A floor under the first measurement of the phrasing-file recognizer on this set (en 0.400, nl 0.450, tr 0.300),
    // which nobody tunes against: small talk it misses falls back to the FAQ. The aim is 0.9; raise this as it improves.
    private const double MinAccuracy = 0.25;

    private static readonly Lazy<List<Row>> Rows = new(Read);

    [Fact]
    public void Each_language_recognizes_at_least_the_measured_share_of_the_small_talk_with_its_intent()
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
        string[] intents = ["greeting", "thanks", "help", "capabilities", "goodbye", None];

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

    private static readonly MessageRecognizer Recognizer = new(PhrasingTable.Shipped);

    private static string Recognized(string text) =>
        Recognizer.Recognize(new Activity { Type = ActivityTypes.Message, Text = text, Locale = "en-US" }).Intent switch
        {
            Intent.Greeting => "greeting",
            Intent.Thanks => "thanks",
            Intent.Help => "help",
            Intent.Capabilities => "capabilities",
            Intent.Goodbye => "goodbye",
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
