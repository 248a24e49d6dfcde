using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// The knowledge base in one language: an FTS5 table (question, alternates and answer columns, ranked by bm25 with
/// field weights) that finds candidate topics fast, and the per-topic term profiles the scorer compares with.
/// Documents hold already-analyzed terms, so FTS5's own tokenizer only splits on spaces and our analyzers decide
/// what a word is in each language. The table is contentless and its rowid is the topic's position in id order:
/// bm25 needs no stored text, and reading a topic column back would cost a row lookup for every match.
/// </summary>
internal sealed class LanguageIndex
{
    /// <summary>bm25 weights for (question, alternates, answer): what partners ask beats what the answer mentions.</summary>
    private const string Bm25Weights = "4.0, 2.0, 1.0";

    /// <summary>
    /// How many topic matches one candidate query may make FTS5 rank. bm25 costs about the same for every matching
    /// row, so a large KB where common words match thousands of topics would spend its time on topics that only share
    /// a common word; the rarest terms of the question are kept until this many matches, which leaves small KBs
    /// (every term fits) ranked exactly as before.
    /// </summary>
    private const int MatchBudget = 600;

    private static readonly string[] Columns = ["$rowid", "$question", "$alternates", "$answer"];

    private readonly string _table;
    private readonly Dictionary<string, TopicProfile> _profiles;
    private readonly string[] _topicIdByRow;

    private LanguageIndex(
        string language, Func<string, IReadOnlyList<string>> analyze, Dictionary<string, TopicProfile> profiles, string[] topicIdByRow, IReadOnlyDictionary<string, string>? aliases)
    {
        Language = language;
        Analyze = analyze;
        _table = TableName(language);
        _profiles = profiles;
        _topicIdByRow = topicIdByRow;
        Vocabulary = new TermVocabulary([.. profiles.Values.Select(p => p.AllTerms)], aliases);
        foreach (var profile in profiles.Values)
        {
            profile.Weigh(Vocabulary);
        }
    }

    public string Language { get; }

    public Func<string, IReadOnlyList<string>> Analyze { get; }

    public TermVocabulary Vocabulary { get; }

    public int TopicCount => _profiles.Count;

    public TopicProfile Profile(string topicId) => _profiles[topicId];

    public static LanguageIndex Build(
        SqliteConnection connection,
        string language,
        IReadOnlyList<KnowledgeTopic> topics,
        Func<string, IReadOnlyList<string>> analyze,
        IReadOnlyDictionary<string, string>? aliases)
    {
        var profiles = new Dictionary<string, TopicProfile>(StringComparer.Ordinal);
        var table = TableName(language);
        Execute(connection, $"CREATE VIRTUAL TABLE {table} USING fts5(question, alternates, answer, content = '', tokenize = 'unicode61')");

        // Rows in id order, so that ordering equal scores by rowid orders them by topic id.
        var ordered = topics.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} (rowid, question, alternates, answer) VALUES ($rowid, $question, $alternates, $answer)";
        var parameters = Columns.Select(n => insert.Parameters.Add(n, n == "$rowid" ? SqliteType.Integer : SqliteType.Text)).ToArray();
        for (var row = 0; row < ordered.Length; row++)
        {
            var topic = ordered[row];
            var text = topic.Text(language);
            var question = analyze(text.Question);
            var alternates = text.Alternates.Select(analyze).ToList();
            var answer = analyze(text.Answer);
            profiles[topic.Id] = new TopicProfile(
                topic,
                [ToSet(question), .. alternates.Select(ToSet)],
                ToSet(answer));

            parameters[0].Value = row;
            parameters[1].Value = string.Join(' ', question);
            parameters[2].Value = string.Join(' ', alternates.SelectMany(a => a));
            parameters[3].Value = string.Join(' ', answer);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return new LanguageIndex(language, analyze, profiles, [.. ordered.Select(t => t.Id)], aliases);
    }

    /// <summary>
    /// Topics containing the question's most telling terms, best bm25 first (ties by topic id, so results never depend
    /// on load order). Terms the KB lacks are left out: they cannot match and FTS5 would still parse them.
    /// </summary>
    public IReadOnlyList<(string TopicId, double Bm25)> Candidates(SqliteConnection connection, IReadOnlyCollection<string> terms, int limit)
    {
        var telling = MostTelling(terms);
        if (telling.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText =
            $"SELECT rowid, -bm25({_table}, {Bm25Weights}) AS score FROM {_table} WHERE {_table} MATCH $match ORDER BY score DESC, rowid LIMIT $limit";
        command.Parameters.AddWithValue("$match", MatchExpression(telling));
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var results = new List<(string, double)>();
        while (reader.Read())
        {
            results.Add((_topicIdByRow[reader.GetInt64(0)], reader.GetDouble(1)));
        }

        return results;
    }

    /// <summary>The rarest known terms whose matches fit <see cref="MatchBudget"/>; always at least the rarest one.</summary>
    private List<string> MostTelling(IEnumerable<string> terms)
    {
        var known = terms
            .Select(t => (Term: t, Frequency: Vocabulary.DocumentFrequency(t)))
            .Where(t => t.Frequency > 0)
            .OrderBy(t => t.Frequency)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
        var telling = new List<string>();
        var matches = 0;
        foreach (var (term, frequency) in known)
        {
            matches += frequency;
            if (telling.Count > 0 && matches > MatchBudget)
            {
                break;
            }

            telling.Add(term);
        }

        return telling;
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
