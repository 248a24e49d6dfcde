using System.Buffers;
using System.Globalization;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// The knowledge base in one language: a bm25 index (question, alternates and answer columns, with field weights)
/// that finds candidate topics fast, and the per-topic term profiles the scorer compares with. Documents hold
/// already-analyzed terms, so our analyzers decide what a word is in each language. A row is the topic's position
/// in id order, so equal scores order by topic id.
/// </summary>
internal sealed class LanguageIndex
{
    /// <summary>bm25 weights for (question, alternates, answer): what partners ask beats what the answer mentions.</summary>
    private static readonly double[] Bm25Weights = [4.0, 2.0, 1.0];

    /// <summary>
    /// How many topic matches one candidate query may rank. bm25 costs about the same for every matching
    /// row, so a large KB where common words match thousands of topics would spend its time on topics that only share
    /// a common word; the rarest terms of the question are kept until this many matches, which leaves small KBs
    /// (every term fits) ranked exactly as before.
    /// </summary>
    private const int MatchBudget = 600;

    private readonly Bm25Index _bm25;
    private readonly TopicProfile[] _profileByRow;
    private readonly bool[] _inScope;

    private readonly TextAnalyzer _analyzer;

    private LanguageIndex(
        string language, TextAnalyzer analyzer, Bm25Index bm25, TopicProfile[] profileByRow, IReadOnlyDictionary<string, string>? aliases)
    {
        Language = language;
        _analyzer = analyzer;
        Analyze = analyzer.Analyze;
        _bm25 = bm25;
        _profileByRow = profileByRow;
        Vocabulary = new TermVocabulary([.. profileByRow.Select(p => p.AllTerms)], aliases);
        _inScope = new bool[Vocabulary.Count];
        foreach (var profile in profileByRow)
        {
            profile.Weigh(Vocabulary);
            if (!profile.Topic.IsOutOfScope)
            {
                foreach (var term in profile.AllTerms)
                {
                    _inScope[Vocabulary.IdOf(term)] = true;
                }
            }
        }

        Keys = OutOfScopeKeys.Build(language, profileByRow.Select(p => p.Topic), Analyze, term => Vocabulary.IdOf(term) is >= 0 and var id && _inScope[id]);
    }

    /// <summary>The out-of-scope entries' key words and endings: a question using one is not answered.</summary>
    public OutOfScopeKeys Keys { get; }

    /// <summary>Whether any topic the bot answers uses the term; a term only out-of-scope topics use is not explained by any answer.</summary>
    public bool IsAnswerable(int termId) => _inScope[termId];

    public string Language { get; }

    public Func<string, IReadOnlyList<string>> Analyze { get; }

    /// <summary>The question's search terms added to <paramref name="terms"/>, as <see cref="Analyze"/> reads them.</summary>
    public void AnalyzeInto(string question, List<string> terms) => _analyzer.AnalyzeInto(question, terms);

    public TermVocabulary Vocabulary { get; }

    public int TopicCount => _profileByRow.Length;

    public static LanguageIndex Build(
        string language,
        IReadOnlyList<KnowledgeTopic> topics,
        TextAnalyzer analyzer,
        IReadOnlyDictionary<string, string>? aliases)
    {
        var analyze = analyzer.Analyze;
        // Rows in id order, so that ordering equal scores by row orders them by topic id.
        var ordered = topics.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();
        var rows = new List<IReadOnlyList<IReadOnlyList<string>>>(ordered.Length);
        var profiles = new TopicProfile[ordered.Length];
        for (var row = 0; row < ordered.Length; row++)
        {
            var topic = ordered[row];
            var text = topic.Text(language);
            var question = analyze(text.Question);
            var alternates = text.Alternates.Select(analyze).ToList();
            var answer = analyze(text.Answer);
            profiles[row] = new TopicProfile(
                topic,
                [ToSet(question), .. alternates.Select(ToSet)],
                ToSet(answer));
            rows.Add([question, [.. alternates.SelectMany(a => a)], answer]);
        }

        return new LanguageIndex(language, analyzer, Bm25Index.Build(rows, Bm25Weights), profiles, aliases);
    }

    /// <summary>
    /// Into <paramref name="top"/>, the rows of the topics containing the question's most telling terms, best bm25
    /// first (ties by topic id, so results never depend on load order); returns how many. Terms the KB lacks are left
    /// out: they cannot match.
    /// </summary>
    public int Candidates(List<string> terms, Span<(int Row, double Score)> top)
    {
        var telling = ArrayPool<string>.Shared.Rent(Math.Max(1, terms.Count));
        try
        {
            return _bm25.Top(telling.AsSpan(0, MostTelling(terms, telling)), top);
        }
        finally
        {
            ArrayPool<string>.Shared.Return(telling, clearArray: true);
        }
    }

    /// <summary>The profile of the topic in a row that <see cref="Candidates"/> returned.</summary>
    public TopicProfile ProfileAt(int row) => _profileByRow[row];

    /// <summary>
    /// Into <paramref name="telling"/>, the rarest known terms whose matches fit <see cref="MatchBudget"/>; always at
    /// least the rarest one. Returns how many.
    /// </summary>
    private int MostTelling(List<string> terms, string[] telling)
    {
        var known = ArrayPool<(string Term, int Frequency)>.Shared.Rent(Math.Max(1, terms.Count));
        try
        {
            var count = 0;
            foreach (var term in terms)
            {
                var frequency = Vocabulary.DocumentFrequency(term);
                if (frequency > 0)
                {
                    known[count++] = (term, frequency);
                }
            }

            var sorted = known.AsSpan(0, count);
            sorted.Sort(static (x, y) => x.Frequency != y.Frequency ? x.Frequency.CompareTo(y.Frequency) : string.CompareOrdinal(x.Term, y.Term));
            var kept = 0;
            var matches = 0;
            foreach (var (term, frequency) in sorted)
            {
                matches += frequency;
                if (kept > 0 && matches > MatchBudget)
                {
                    break;
                }

                telling[kept++] = term;
            }

            return kept;
        }
        finally
        {
            ArrayPool<(string Term, int Frequency)>.Shared.Return(known, clearArray: true);
        }
    }

    private static HashSet<string> ToSet(IReadOnlyList<string> terms) => new(terms, StringComparer.Ordinal);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Language}: {TopicCount} topics, {Vocabulary.Count} terms");
}
