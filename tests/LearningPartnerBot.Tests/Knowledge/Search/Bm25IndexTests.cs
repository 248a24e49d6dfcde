using System.Globalization;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;
using Microsoft.Data.Sqlite;

namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>
/// The in-memory bm25 replaced an FTS5 table; topics must rank exactly as FTS5 ranks them, or answers would change.
/// FTS5 itself is the oracle here: the shipped knowledge base goes into both, and every evaluation question and
/// every phrasing of every topic must get the same topics, in the same order, with the same scores.
/// </summary>
public sealed class Bm25IndexTests
{
    private static readonly double[] Weights = [4.0, 2.0, 1.0];

    public static TheoryData<string> Languages => [.. KnowledgeLanguages.All];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_question_ranks_the_topics_as_fts5_does(string language)
    {
        var analyzer = TextAnalyzer.Create(language, SynonymTable.Load(Path.Combine(TestKnowledge.Directory, "synonyms.yaml")));
        var topics = TestKnowledge.Index.Knowledge.Searchable.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        var rows = topics.Select(t => t.Text(language)).Select(text => (IReadOnlyList<IReadOnlyList<string>>)
            [analyzer.Analyze(text.Question), [.. text.Alternates.SelectMany(analyzer.Analyze)], analyzer.Analyze(text.Answer)]).ToList();
        var index = Bm25Index.Build(rows, Weights);
        var aliases = new TermAliases();
        using var fts5 = Fts5Table([.. rows.Select(row => (IReadOnlyList<IReadOnlyList<string>>)[.. row.Select(aliases.All)])]);

        var questions = EvalQuestions(language).Concat(topics.SelectMany(t => t.Text(language).Alternates.Prepend(t.Text(language).Question))).ToList();
        var compared = 0;
        foreach (var question in questions)
        {
            var terms = analyzer.Analyze(question).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count == 0)
            {
                continue;
            }

            var ours = index.Top(terms, 20);
            var theirs = Query(fts5, aliases.All(terms), 20);
            Assert.True(
                ours.Select(r => r.Row).SequenceEqual(theirs.Select(r => r.Row)),
                $"'{question}': rows {string.Join(',', ours.Select(r => r.Row))} but FTS5 {string.Join(',', theirs.Select(r => r.Row))}");
            for (var i = 0; i < ours.Count; i++)
            {
                Assert.Equal(theirs[i].Score, ours[i].Score, 1e-9);
            }

            compared++;
        }

        Assert.True(compared > 50, $"only {compared} questions had terms to compare");
        Assert.True(compared == questions.Count, $"{questions.Count - compared} of {questions.Count} questions had no term to compare");
    }

    [Fact]
    public void Terms_with_apostrophes_and_letters_outside_ascii_rank_as_fts5_does()
    {
        // The shipped analyzers fold today's knowledge base to plain ASCII words; a term that is not one (a Turkish
        // suffix after an apostrophe, a script the folding keeps) must still count.
        IReadOnlyList<IReadOnlyList<string>>[] rows =
        [
            [["kpi'lar", "ölçüm"], [], ["rapor"]],
            [["kpi"], ["ölçüm"], []],
            [["rapor"], [], ["πρόγραμμα", "kpi'lar"]],
            [["other"], [], ["words"]],
        ];
        var index = Bm25Index.Build(rows, Weights);
        var aliases = new TermAliases();
        using var fts5 = Fts5Table([.. rows.Select(row => (IReadOnlyList<IReadOnlyList<string>>)[.. row.Select(aliases.All)])]);
        List<string> terms = ["kpi'lar", "ölçüm", "πρόγραμμα"];

        var ours = index.Top(terms, 10);
        var theirs = Query(fts5, aliases.All(terms), 10);

        Assert.Equal(theirs.Select(r => r.Row), ours.Select(r => r.Row));
        Assert.Equal(3, ours.Count);
        for (var i = 0; i < ours.Count; i++)
        {
            Assert.Equal(theirs[i].Score, ours[i].Score, 1e-9);
        }
    }

    [Fact]
    public void A_term_in_more_than_half_of_the_rows_still_finds_them_shorter_rows_first()
    {
        var index = Bm25Index.Build([Row("common rare"), Row("common"), Row("common"), Row("other")], Weights);

        var ranked = index.Top(["common"], 10);

        // The textbook idf is negative here; FTS5's floor keeps the rows found, and the longer row ranks last.
        Assert.Equal([1, 2, 0], ranked.Select(r => r.Row));
        Assert.All(ranked, r => Assert.True(r.Score > 0));
    }

    [Fact]
    public void A_word_in_the_question_column_outranks_the_same_word_in_the_answer()
    {
        var index = Bm25Index.Build(
            [[["enroll"], [], ["steps"]], [["steps"], [], ["enroll"]], [["other"], [], ["words"]]],
            Weights);

        var ranked = index.Top(["enroll"], 10);

        Assert.Equal([0, 1], ranked.Select(r => r.Row));
    }

    private static IReadOnlyList<IReadOnlyList<string>> Row(string question) => [question.Split(' '), [], []];

    /// <summary>
    /// Every term as a plain ASCII word, the same one wherever it occurs: FTS5's tokenizer would cut a term with an
    /// apostrophe in two and fold one with a diacritic, so given the terms themselves it would not be comparing the
    /// same terms (Turkish and Dutch ones above all).
    /// </summary>
    private sealed class TermAliases
    {
        private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);

        public IReadOnlyList<string> All(IReadOnlyList<string> terms) => [.. terms.Select(Of)];

        private string Of(string term)
        {
            if (!_aliases.TryGetValue(term, out var alias))
            {
                alias = "t" + _aliases.Count.ToString(CultureInfo.InvariantCulture);
                _aliases[term] = alias;
            }

            return alias;
        }
    }

    private static IEnumerable<string> EvalQuestions(string language) =>
        File.ReadLines(TestKnowledge.EvalFile("faq-dev.tsv")).Concat(File.ReadLines(TestKnowledge.EvalFile("faq-extra.tsv")))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length >= 2 && fields[0].StartsWith(language, StringComparison.Ordinal))
            .Select(fields => fields[1]);

    private static SqliteConnection Fts5Table(List<IReadOnlyList<IReadOnlyList<string>>> rows)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE faq USING fts5(question, alternates, answer, content = '', tokenize = 'unicode61')";
            create.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO faq (rowid, question, alternates, answer) VALUES ($row, $q, $a, $x)";
        for (var row = 0; row < rows.Count; row++)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$row", row);
            insert.Parameters.AddWithValue("$q", string.Join(' ', rows[row][0]));
            insert.Parameters.AddWithValue("$a", string.Join(' ', rows[row][1]));
            insert.Parameters.AddWithValue("$x", string.Join(' ', rows[row][2]));
            insert.ExecuteNonQuery();
        }

        return connection;
    }

    private static List<(int Row, double Score)> Query(SqliteConnection connection, IEnumerable<string> terms, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT rowid, -bm25(faq, 4.0, 2.0, 1.0) AS score FROM faq WHERE faq MATCH $match ORDER BY score DESC, rowid LIMIT $limit";
        command.Parameters.AddWithValue("$match", string.Join(" OR ", terms.Order(StringComparer.Ordinal).Select(t => "\"" + t + "\"")));
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var results = new List<(int, double)>();
        while (reader.Read())
        {
            results.Add((reader.GetInt32(0), reader.GetDouble(1)));
        }

        return results;
    }
}
