using BenchmarkDotNet.Attributes;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Benchmarks;

/// <summary>Time to answer one partner question (analysis, bm25 candidates, scoring, abstention) by knowledge-base size.</summary>
[MemoryDiagnoser]
public class FaqAnswerBenchmarks
{
    private FaqIndex? _index;
    private FaqAnswerer? _answerer;
    private int _next;

    [Params(20, 10_000)]
    public int Topics { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _index = BuildIndex(Topics);
        _answerer = new FaqAnswerer(_index, new KnowledgeOptions());
    }

    [Benchmark]
    public bool Answer()
    {
        var (language, question) = Questions.All[_next++ % Questions.All.Count];
        return _answerer!.Answer(question, language).IsAnswered;
    }

    public static FaqIndex BuildIndex(int topics)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "kb");
        var shipped = FaqIndexLoader.Load(folder);
        return FaqIndexLoader.Build(SyntheticKnowledge.Grow(shipped.Knowledge, topics), SynonymTable.Load(Path.Combine(folder, "synonyms.yaml")));
    }
}
