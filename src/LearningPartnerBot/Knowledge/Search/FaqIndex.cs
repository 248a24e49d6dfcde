using Microsoft.Data.Sqlite;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// The searchable knowledge base: one FTS5 table per language in a private in-memory SQLite database, rebuilt
/// from the KB files at start-up. Queries may run concurrently: each takes a pooled connection to the shared cache.
/// </summary>
public sealed class FaqIndex : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection _keepAlive;
    private readonly Dictionary<string, LanguageIndex> _languages;

    private FaqIndex(KnowledgeBase knowledge, string connectionString, SqliteConnection keepAlive, Dictionary<string, LanguageIndex> languages)
    {
        Knowledge = knowledge;
        _connectionString = connectionString;
        _keepAlive = keepAlive;
        _languages = languages;
    }

    public KnowledgeBase Knowledge { get; }

    /// <param name="analyzers">Per language code, the function that turns text into search terms (same for documents and questions).</param>
    public static FaqIndex Build(KnowledgeBase knowledge, IReadOnlyDictionary<string, Func<string, IReadOnlyList<string>>> analyzers)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(analyzers);

        // The in-memory database lives as long as one connection to it is open; the name keeps instances apart.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = "faq-index-" + Guid.NewGuid().ToString("N"),
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        try
        {
            var languages = KnowledgeLanguages.All.ToDictionary(
                language => language,
                language => LanguageIndex.Build(keepAlive, language, knowledge.Searchable, analyzers[language]),
                StringComparer.Ordinal);
            return new FaqIndex(knowledge, connectionString, keepAlive, languages);
        }
        catch
        {
            keepAlive.Dispose();
            throw;
        }
    }

    /// <summary>Candidate topics for a question in one language, most confident first.</summary>
    public IReadOnlyList<ScoredTopic> Search(string question, string language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var index = _languages.TryGetValue(language, out var found) ? found : _languages[KnowledgeLanguages.Default];
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return FaqScorer.Rank(index, connection, question);
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

    public void Dispose() => _keepAlive.Dispose();
}
