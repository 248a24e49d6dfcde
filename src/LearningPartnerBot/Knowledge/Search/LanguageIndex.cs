using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// The knowledge base in one language: an FTS5 table (question, alternates and answer columns, ranked by bm25 with
/// field weights) that finds candidate topics fast, and the per-topic term profiles the scorer compares with.
/// Documents hold already-analyzed terms, so FTS5's own tokenizer only splits on spaces and our analyzers decide
/// what a word is in each language.
/// </summary>
internal sealed class LanguageIndex
{
    /// <summary>bm25 weights for (topic, question, alternates, answer): what partners ask beats what the answer mentions.</summary>
    private const string Bm25Weights = "0, 4.0, 2.0, 1.0";

    private static readonly string[] Columns = ["$topic", "$question", "$alternates", "$answer"];

    private readonly string _table;
    private readonly Dictionary<string, TopicProfile> _profiles;

    private LanguageIndex(string language, Func<string, IReadOnlyList<string>> analyze, Dictionary<string, TopicProfile> profiles)
    {
        Language = language;
        Analyze = analyze;
        _table = TableName(language);
        _profiles = profiles;
        Vocabulary = new TermVocabulary([.. profiles.Values.Select(p => p.AllTerms)]);
    }

    public string Language { get; }

    public Func<string, IReadOnlyList<string>> Analyze { get; }

    public TermVocabulary Vocabulary { get; }

    public int TopicCount => _profiles.Count;

    public TopicProfile Profile(string topicId) => _profiles[topicId];

    public static LanguageIndex Build(
        SqliteConnection connection, string language, IReadOnlyList<KnowledgeTopic> topics, Func<string, IReadOnlyList<string>> analyze)
    {
        var profiles = new Dictionary<string, TopicProfile>(StringComparer.Ordinal);
        var table = TableName(language);
        Execute(connection, $"CREATE VIRTUAL TABLE {table} USING fts5(topic UNINDEXED, question, alternates, answer, tokenize = 'unicode61')");

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} (topic, question, alternates, answer) VALUES ($topic, $question, $alternates, $answer)";
        var parameters = Columns.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        foreach (var topic in topics)
        {
            var text = topic.Text(language);
            var question = analyze(text.Question);
            var alternates = text.Alternates.Select(analyze).ToList();
            var answer = analyze(text.Answer);
            profiles[topic.Id] = new TopicProfile(
                topic,
                [ToSet(question), .. alternates.Select(ToSet)],
                ToSet(answer));

            parameters[0].Value = topic.Id;
            parameters[1].Value = string.Join(' ', question);
            parameters[2].Value = string.Join(' ', alternates.SelectMany(a => a));
            parameters[3].Value = string.Join(' ', answer);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return new LanguageIndex(language, analyze, profiles);
    }

    /// <summary>Topics containing any of the terms, best bm25 first (ties by id, so results never depend on insertion order).</summary>
    public IReadOnlyList<(string TopicId, double Bm25)> Candidates(SqliteConnection connection, IReadOnlyCollection<string> terms, int limit)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT topic, -bm25({_table}, {Bm25Weights}) AS score FROM {_table} WHERE {_table} MATCH $match ORDER BY score DESC, topic LIMIT $limit";
        command.Parameters.AddWithValue("$match", MatchExpression(terms));
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var results = new List<(string, double)>();
        while (reader.Read())
        {
            results.Add((reader.GetString(0), reader.GetDouble(1)));
        }

        return results;
    }

    private static string MatchExpression(IEnumerable<string> terms)
    {
        var match = new StringBuilder();
        foreach (var term in terms.Order(StringComparer.Ordinal))
        {
            match.Append(match.Length == 0 ? "\"" : " OR \"").Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return match.ToString();
    }

    /// <summary>Language codes come from <see cref="KnowledgeLanguages"/>, never from a partner, so they are safe in SQL.</summary>
    private static string TableName(string language) => "faq_" + language;

    private static HashSet<string> ToSet(IReadOnlyList<string> terms) => new(terms, StringComparer.Ordinal);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Language}: {TopicCount} topics, {Vocabulary.Count} terms");
}
