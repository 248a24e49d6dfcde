namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Turns text into search terms for one language. The FAQ index and the partner's question both go through
/// the same analyzer, so whatever the steps do to a word, they do it on both sides. Immutable and thread-safe.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly LanguagePipeline _pipeline;
    private readonly SynonymMatcher _synonyms;

    private TextAnalyzer(LanguagePipeline pipeline, SynonymMatcher synonyms)
    {
        _pipeline = pipeline;
        _synonyms = synonyms;
    }

    /// <param name="language">"en", "nl" or "tr" (a region suffix such as "nl-NL" is ignored).</param>
    /// <exception cref="ArgumentException">The language is not one of the three.</exception>
    public static TextAnalyzer Create(string language, SynonymTable synonyms)
    {
        ArgumentNullException.ThrowIfNull(synonyms);
        var pipeline = LanguagePipeline.For(language);
        return new TextAnalyzer(pipeline, synonyms.MatcherFor(pipeline.Language));
    }

    public string Language => _pipeline.Language;

    /// <summary>
    /// The search terms of <paramref name="text"/> in order, duplicates kept: lower-cased, apostrophe endings
    /// cut, ASCII-folded, stop words removed, stemmed, synonyms replaced by their canonical term, and compounds
    /// given as the whole word followed by its parts. Empty for empty or meaningless input; never throws.
    /// </summary>
    public IReadOnlyList<string> Analyze(string text) => Read(text, null);

    /// <summary>
    /// <see cref="Analyze"/> added to <paramref name="terms"/>: a search reads its question into a list it keeps for
    /// the next question, so reading one allocates no list.
    /// </summary>
    public void AnalyzeInto(string text, List<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        Read(text, terms);
    }

    private List<string> Read(string text, List<string>? terms)
    {
        // The groups live only until the synonyms are rewritten, within this call: one list per thread serves them all.
        var groups = Groups ??= new List<TermGroup>(16);
        try
        {
            _pipeline.AnalyzeInto(text, groups);
            terms ??= new List<string>(groups.Count);
            _synonyms.Rewrite(groups, terms);
            return terms;
        }
        finally
        {
            groups.Clear();
            if (groups.Capacity > MaxKeptGroups)
            {
                // A pasted page was read: let its list go rather than keep it for the thread's lifetime.
                Groups = null;
            }
        }
    }

    private const int MaxKeptGroups = 1024;

    [ThreadStatic]
    private static List<TermGroup>? Groups;
}
