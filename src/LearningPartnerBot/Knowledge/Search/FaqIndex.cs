using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// The searchable knowledge base: one in-memory index per language, rebuilt from the KB files at start-up and
/// never changed after, so any number of questions may be searched at once.
/// </summary>
public sealed class FaqIndex
{
    private readonly Dictionary<string, LanguageIndex> _languages;

    private FaqIndex(KnowledgeBase knowledge, Dictionary<string, LanguageIndex> languages)
    {
        Knowledge = knowledge;
        _languages = languages;
    }

    public KnowledgeBase Knowledge { get; }

    /// <param name="analyzers">Per language code, the analyzer that turns text into search terms (same for documents and questions).</param>
    /// <param name="aliases">Per language code, stemmed synonym members and their canonical term, for typo matching.</param>
    public static FaqIndex Build(
        KnowledgeBase knowledge,
        IReadOnlyDictionary<string, TextAnalyzer> analyzers,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(analyzers);

        var languages = KnowledgeLanguages.All.ToDictionary(
            language => language,
            language => LanguageIndex.Build(language, knowledge.Searchable, analyzers[language], aliases?.GetValueOrDefault(language)),
            StringComparer.Ordinal);
        return new FaqIndex(knowledge, languages);
    }

    /// <summary>Candidate topics for a question in one language, most confident first.</summary>
    public TopicRanking Search(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var index = _languages.TryGetValue(language, out var found) ? found : _languages[KnowledgeLanguages.Default];
        return FaqScorer.Rank(index, question);
    }

    /// <summary>The search terms the index reads <paramref name="text"/> as in one language (stemmed, synonyms resolved).</summary>
    public IReadOnlyList<string> Terms(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = _languages.TryGetValue(language, out var found) ? found : _languages[KnowledgeLanguages.Default];
        return index.Analyze(text);
    }

    /// <summary>For `kb explain`: each analyzed term of the question and the knowledge-base terms it was read as.</summary>
    internal IReadOnlyList<(string Term, IReadOnlyList<TermMatch> Matches, int DocumentFrequency)> ExplainTerms(string question, string language)
    {
        var index = _languages[language];
        return
        [
            .. index.Analyze(question).Distinct(StringComparer.Ordinal).Select(term =>
                (term, index.Vocabulary.Resolve(term), index.Vocabulary.DocumentFrequency(term))),
        ];
    }
}
