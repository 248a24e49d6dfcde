using BenchmarkDotNet.Attributes;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;
using LearningPartnerBot.Traffic;

namespace LearningPartnerBot.Benchmarks;

/// <summary>
/// Time and memory to answer one partner question never asked before (language guess, analysis, candidate search,
/// scoring, abstention), by knowledge-base size. Every call gets a text no earlier call used, so nothing remembered
/// can serve it: this is the cost of a question a partner typed in their own words.
/// </summary>
[MemoryDiagnoser]
public class FaqAnswerBenchmarks
{
    /// <summary>More texts than any run calls for, drawn before measuring so drawing them is not measured.</summary>
    private const int DistinctQuestions = 400_000;

    private FaqAnswerer? _answerer;
    private (string Language, string Text)[] _questions = [];
    private int _next;

    [Params(20, 10_000)]
    public int Topics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _answerer = new FaqAnswerer(BuildIndex(Topics), new KnowledgeOptions());
        _questions = Draw(DistinctQuestions, seed: 11);
    }

    [Benchmark]
    public bool AnswerNewQuestion()
    {
        var (language, question) = _questions[_next++ % _questions.Length];
        return _answerer!.Answer(question, language).IsAnswered;
    }

    public static FaqIndex BuildIndex(int topics)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "kb");
        var shipped = FaqIndexLoader.Load(folder);
        return FaqIndexLoader.Build(SyntheticKnowledge.Grow(shipped.Knowledge, topics), SynonymTable.Load(Path.Combine(folder, "synonyms.yaml")));
    }

    /// <summary>Distinct partner questions, the three languages in turn.</summary>
    public static (string Language, string Text)[] Draw(int count, int seed)
    {
        var questions = new NewQuestions(seed);
        var languages = PartnerQuestions.Languages;
        return [.. Enumerable.Range(0, count).Select(i => languages[i % languages.Count]).Select(l => (l, questions.Next(l)))];
    }
}
