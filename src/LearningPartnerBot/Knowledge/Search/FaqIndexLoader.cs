using LearningPartnerBot.Knowledge.Loading;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>Loads a knowledge-base folder and indexes it with the language analyzers: the one way the bot, the kb tools and the tests build a search.</summary>
public static class FaqIndexLoader
{
    public static FaqIndex Load(string contentDirectory)
    {
        var knowledge = KnowledgeBaseLoader.Load(contentDirectory);
        return Build(knowledge, SynonymTable.Load(Path.Combine(contentDirectory, "synonyms.yaml")));
    }

    /// <summary>Indexes a knowledge base already in memory (benchmarks and tests grow or shrink the shipped one).</summary>
    public static FaqIndex Build(KnowledgeBase knowledge, SynonymTable synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        return FaqIndex.Build(
            knowledge,
            KnowledgeLanguages.All.ToDictionary(
                language => language,
                language => TextAnalyzer.Create(language, synonyms),
                StringComparer.Ordinal),
            KnowledgeLanguages.All.ToDictionary(language => language, language => (IReadOnlyDictionary<string, string>)Aliases(language, synonyms), StringComparer.Ordinal));
    }

    /// <summary>
    /// Each synonym member's stem, as the analyzer reads it without synonyms, and the canonical term it stands for.
    /// A phrase member also lends each of its longer words, so a typo in one word ("acction pack") still leaves the
    /// other pointing at the phrase's meaning; the vocabulary trusts those partial readings less.
    /// </summary>
    private static Dictionary<string, string> Aliases(string language, SynonymTable synonyms)
    {
        var plain = TextAnalyzer.Create(language, SynonymTable.Empty);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in synonyms.GroupsFor(language))
        {
            foreach (var stem in group.Members.SelectMany(plain.Analyze).Where(s => s.Length >= 4 && s != group.Canonical))
            {
                aliases.TryAdd(stem, group.Canonical);
            }
        }

        return aliases;
    }
}
