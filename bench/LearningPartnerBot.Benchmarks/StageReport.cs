using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BotKit.Schema;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Knowledge.Chat;
using LearningPartnerBot.Localization;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Benchmarks;

/// <summary>
/// `--stages [topics] [questions]`: where a new question's time goes (intent phrasings, the whole recognition of the message,
/// language guess, analysis, search with scoring, the whole answer, its card, the recent turns' merge), per question, as wall time, this thread's CPU time and bytes allocated. The thread's own CPU
/// time is what to compare on a busy machine: wall time there includes waiting for a core.
/// </summary>
internal static class StageReport
{
    // Tiered compilation is still promoting the hot paths after the first few thousand questions on a busy two-core
    // machine: a stage warmed on 5,000 measured the JIT as much as the code. A bot that has run for a minute has
    // answered far more than this.
    private const int Warmup = 60_000;

    public static void Run(int topics, int questions)
    {
        var index = FaqAnswerBenchmarks.BuildIndex(topics);
        var synonyms = SynonymTable.Load(Path.Combine(AppContext.BaseDirectory, "kb", "synonyms.yaml"));
        var analyzers = KnowledgeLanguages.All.ToDictionary(l => l, l => TextAnalyzer.Create(l, synonyms));
        var answerer = new FaqAnswerer(index, new KnowledgeOptions());
        var drawn = FaqAnswerBenchmarks.Draw(Warmup + questions, seed: 5);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"topics={topics} questions={questions}, each new"));
        var phrasings = LearningPartnerBot.Conversation.Phrasings.PhrasingTable.Shipped;
        Time("intent phrasings", drawn, q => phrasings.Match(TextFolding.Words(q.Text), q.Language));

        // A turn reads its activity as the channel posted it; the activities exist before the turn, so they are made here.
        var recognizer = new LearningPartnerBot.Conversation.MessageRecognizer(phrasings);
        var activities = Array.ConvertAll(drawn, q => new BotKit.Schema.Activity { Type = "message", Text = q.Text, Locale = Locales[q.Language] });
        Time("whole recognition", activities, activity => recognizer.Recognize(activity));
        Time("language guess", drawn, q => LanguageDetector.Detect(q.Text));
        Time("analysis", drawn, q => analyzers[q.Language].Analyze(q.Text));
        Time("search and scoring", drawn, q => index.Search(q.Text, q.Language));
        Time("whole answer", drawn, q => answerer.Answer(q.Text, q.Language));

        // The reply's card as the channel gets it: bound for the answer (or the "not sure" suggestions) and serialized.
        var cards = new FaqCards(new CardLibrary(), index.Knowledge);
        var answered = Array.ConvertAll(drawn, q => (q.Text, Answer: answerer.Answer(q.Text, q.Language), Strings: BotStrings.Get(CultureInfo.GetCultureInfo(Locales[q.Language]))));
        Time("answer card", answered, a => JsonSerializer.SerializeToUtf8Bytes(
            MessageFactory.Attachment(a.Answer.Answer is { } top
                ? cards.Answer(top.Topic, a.Answer.Language, "0f8fad5bd9cb469fa16570867728950e", a.Text, a.Strings)
                : cards.NotSure(a.Answer.Suggestions, a.Answer.Language, a.Strings)),
            BotJson.Options));

        // A conversation's recent turns as a person's traffic writes them: turns seconds apart, so each flush merges
        // the partner's line and the bot's into a stored transcript already holding the last twenty.
        var transcript = (string?)null;
        var at = DateTimeOffset.UnixEpoch;
        var said = Array.ConvertAll(answered, a => (IReadOnlyList<LearningPartnerBot.Tickets.TranscriptLine>)
        [
            new(at = at.AddSeconds(5), "partner", a.Text),
            new(at = at.AddSeconds(1), "bot", "[card] " + (a.Answer.Answer is { } top ? top.Topic.Text(a.Answer.Language).Answer : a.Strings.FaqNotSure)),
        ]);
        Time("recent turns merge", said, lines => transcript = LearningPartnerBot.Requests.RecentTurnsDocument.Merge(transcript, lines, LearningPartnerBot.Requests.RecentTurns.Kept));
    }

    /// <summary>The locale each language's activities carry, as Web Chat and Teams send it.</summary>
    private static readonly Dictionary<string, string> Locales = new() { ["en"] = "en-US", ["nl"] = "nl-NL", ["tr"] = "tr-TR" };

    private static void Time<T>(string stage, T[] questions, Action<T> run)
    {
        for (var i = 0; i < Warmup; i++)
        {
            run(questions[i]);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuNanoseconds();
        var wall = Stopwatch.StartNew();
        for (var i = Warmup; i < questions.Length; i++)
        {
            run(questions[i]);
        }

        var n = (double)(questions.Length - Warmup);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stage,-20} wall {wall.Elapsed.TotalMicroseconds / n,7:0.0} us  thread cpu {(ThreadCpuNanoseconds() - cpu) / 1000.0 / n,7:0.0} us  allocated {(GC.GetAllocatedBytesForCurrentThread() - allocated) / n,7:0} B"));
    }

    /// <summary>This thread's time on a CPU, from Linux's scheduler statistics; 0 where they are not available.</summary>
    private static long ThreadCpuNanoseconds() =>
        File.Exists("/proc/thread-self/schedstat")
            ? long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture)
            : 0;
}
