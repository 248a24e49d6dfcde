using LearningPartnerBot.Knowledge.Loading;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>Loads a knowledge-base folder and indexes it with the language analyzers: the one way the bot, the kb tools and the tests build a search.</summary>
public static class FaqIndexLoader
{
    public static FaqIndex Load(string contentDirectory)
    {
        var knowledge = KnowledgeBaseLoader.Load(contentDirectory);
        var synonyms = SynonymTable.Load(Path.Combine(contentDirectory, "synonyms.yaml"));
        return FaqIndex.Build(knowledge, KnowledgeLanguages.All.ToDictionary(
            language => language,
            language => (Func<string, IReadOnlyList<string>>)TextAnalyzer.Create(language, synonyms).Analyze,
            StringComparer.Ordinal));
    }
}
