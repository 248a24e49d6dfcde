using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>The shipped knowledge base (the bot's build copies kb/ next to the tests), indexed once for all tests.</summary>
public static class TestKnowledge
{
    private static readonly Lazy<FaqIndex> Shared = new(() => FaqIndexLoader.Load(Directory));

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "kb");

    public static FaqIndex Index => Shared.Value;

    public static FaqAnswerer Answerer { get; } = new(Index, new KnowledgeOptions());

    public static string EvalFile(string name) => Path.Combine(AppContext.BaseDirectory, "Knowledge", "Eval", name);
}
