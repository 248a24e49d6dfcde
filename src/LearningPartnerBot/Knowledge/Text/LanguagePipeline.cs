using System.Buffers;

namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Everything an analyzer does before synonyms: case folding, tokenizing, apostrophe endings, ASCII folding,
/// stop words, stemming and (Dutch) compound splitting. Synonym members go through the same steps, which is
/// what lets a synonym match inflected forms.
/// </summary>
internal sealed class LanguagePipeline
{
    /// <summary>No word in these languages is longer; longer runs are pasted data (hashes, base64).</summary>
    private const int MaximumTermLength = 64;

    private static readonly Dictionary<string, LanguagePipeline> Pipelines = new(StringComparer.Ordinal)
    {
        ["en"] = new("en", TextFolding.InvariantLower, EnglishStemmer.Stem, splitCompounds: false),
        ["nl"] = new("nl", TextFolding.InvariantLower, DutchStemmer.Stem, splitCompounds: true),
        ["tr"] = new("tr", TextFolding.TurkishLower, TurkishStemmer.Stem, splitCompounds: false),
    };

    private readonly TextFolding.SpanLower _lower;
    private readonly Func<string, string> _stem;
    private readonly bool _splitCompounds;
    private readonly WordMemo<TermGroup[]> _pieces;

    private LanguagePipeline(string language, TextFolding.SpanLower lower, Func<string, string> stem, bool splitCompounds)
    {
        Language = language;
        _lower = lower;
        _stem = stem;
        _splitCompounds = splitCompounds;
        _pieces = new WordMemo<TermGroup[]>(AnalyzePiece);
    }

    public string Language { get; }

    public static LanguagePipeline For(string language) =>
        SupportedLanguages.Normalize(language) is { } code
            ? Pipelines[code]
            : throw new ArgumentException($"Unsupported language '{language}'. Supported: en, nl, tr.", nameof(language));

    public List<TermGroup> Analyze(string? text)
    {
        var groups = new List<TermGroup>();
        AnalyzeInto(text, groups);
        return groups;
    }

    /// <summary>
    /// The term groups of <paramref name="text"/>, added to <paramref name="groups"/>. The text is lowered into a
    /// buffer on the stack (or rented, when long), not into a new string: lower case keeps the pieces' boundaries
    /// where they were, and a piece is looked up by its characters.
    /// </summary>
    public void AnalyzeInto(string? text, List<TermGroup> groups)
    {
        if (string.IsNullOrEmpty(text))
            return;

        char[]? rented = null;
        var buffer = text.Length <= TextFolding.MaxStackText
            ? stackalloc char[TextFolding.MaxStackText]
            : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var lowered = buffer[.._lower(text, buffer)];
        foreach (var piece in Tokenizer.Pieces(lowered))
            groups.AddRange(_pieces.Get(piece));

        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
    }

    /// <summary>The term groups of one lower-cased piece of text (see <see cref="Tokenizer.Pieces"/>).</summary>
    private TermGroup[] AnalyzePiece(string lowered)
    {
        var groups = new List<TermGroup>();
        foreach (var word in Tokenizer.Words(lowered))
        {
            var segments = FoldedSegments(word);
            if (segments.Count == 1)
                AddWord(segments[0], groups);
            else if (segments.Count > 1)
                AddHyphenated(segments, groups);
        }

        return [.. groups];
    }

    private List<string> FoldedSegments(List<string> word)
    {
        var segments = new List<string>(word.Count);
        foreach (var segment in word)
        {
            var folded = TextFolding.AsciiFold(Apostrophes.Cut(segment, Language));
            // Letters outside the Latin script survive folding; they cannot be search terms here, so they split.
            foreach (var run in AsciiRuns(folded))
            {
                if (run.Length <= MaximumTermLength)
                    segments.Add(run);
            }
        }

        return segments;
    }

    private void AddWord(string word, List<TermGroup> groups)
    {
        if (!IsSearchTerm(word))
            return;
        var parts = _splitCompounds ? DutchCompounds.Split(word) : null;
        groups.Add(parts is null ? TermGroup.Single(Stem(word)) : new TermGroup(Stem(word), [.. parts.Select(Stem)]));
    }

    private void AddHyphenated(List<string> segments, List<TermGroup> groups)
    {
        var whole = string.Concat(segments);
        if (whole.Length > MaximumTermLength || !IsSearchTerm(whole))
            return;
        groups.Add(new TermGroup(Stem(whole), [.. segments.Where(IsSearchTerm).Select(Stem)]));
    }

    /// <summary>Single letters carry no meaning in these languages (digits do: "option 2").</summary>
    private bool IsSearchTerm(string term) =>
        (term.Length > 1 || char.IsAsciiDigit(term[0])) && !StopWords.Contains(Language, term) && !StopWords.IsMistyped(Language, term);

    private string Stem(string term) => term.Any(char.IsAsciiDigit) ? term : _stem(term);

    private static IEnumerable<string> AsciiRuns(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inRun = i < folded.Length && folded[i] is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }
}
