using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// Every term the knowledge base uses in one language, with how rare it is, and the lookups that let a
/// misspelt or oddly inflected query term still find its knowledge-base term.
/// </summary>
internal sealed class TermVocabulary
{
    /// <summary>Shorter words change meaning with one letter ("gold"/"bold"), so they must match exactly.</summary>
    private const int MinFuzzyLength = 4;

    /// <summary>A shared beginning this long is taken as the same word with a suffix the stemmer did not strip.</summary>
    private const int MinSharedPrefix = 5;

    private readonly Dictionary<string, int> _documentFrequency;
    private readonly Dictionary<string, double> _idf;
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, List<string>> _deletions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases;
    private readonly string[] _sorted;
    private readonly ResolvedTerm[] _exact;
    private readonly WordMemo<ResolvedTerm> _others;
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _deletionLookup;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _idfLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _aliasLookup;

    /// <param name="aliases">
    /// Stemmed synonym members and the canonical term they stand for. Text only ever holds the canonical term, so
    /// without these a typo in a synonym ("inschrijvn" for "inschrijven", which reads as "enroll") matched nothing.
    /// </param>
    public TermVocabulary(IReadOnlyList<IReadOnlySet<string>> documents, IReadOnlyDictionary<string, string>? aliases = null)
    {
        var documentFrequency = _documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var n = Math.Max(1, documents.Count);
        _idf = documentFrequency.ToDictionary(p => p.Key, p => Idf(n, p.Value), StringComparer.Ordinal);
        UnknownIdf = Idf(n, 0);
        _ids = _idf.Keys.Order(StringComparer.Ordinal).Select((term, id) => (term, id)).ToDictionary(t => t.term, t => t.id, StringComparer.Ordinal);
        var idf = _idf;
        _aliases = (aliases ?? new Dictionary<string, string>())
            .Where(a => idf.ContainsKey(a.Value) && !idf.ContainsKey(a.Key))
            .ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
        _sorted = [.. _idf.Keys.Concat(_aliases.Keys).Order(StringComparer.Ordinal)];
        foreach (var term in _sorted.Where(t => t.Length >= MinFuzzyLength))
        {
            foreach (var deletion in Deletions(term))
            {
                if (!_deletions.TryGetValue(deletion, out var list))
                {
                    _deletions[deletion] = list = [];
                }

                list.Add(term);
            }
        }

        // A knowledge-base term means itself: read once here, never per question.
        _exact = new ResolvedTerm[_ids.Count];
        foreach (var (term, id) in _ids)
        {
            _exact[id] = new ResolvedTerm([new TermMatch(term, term, 1.0, id)], _idf[term]);
        }

        _deletionLookup = _deletions.GetAlternateLookup<ReadOnlySpan<char>>();
        _idfLookup = _idf.GetAlternateLookup<ReadOnlySpan<char>>();
        _aliasLookup = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        _others = new WordMemo<ResolvedTerm>(ReadUnknown);
    }

    /// <summary>How much an unknown word weighs: as much as the rarest possible term, since it is evidence the KB lacks.</summary>
    public double UnknownIdf { get; }

    public int Count => _idf.Count;

    /// <summary>How many topics use the term anywhere (phrasings or answer); 0 for a term the KB lacks.</summary>
    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    public double Idf(string term) => _idf.TryGetValue(term, out var idf) ? idf : UnknownIdf;

    /// <summary>
    /// A knowledge-base term's number, 0 to <see cref="Count"/> - 1, or -1 for a term the KB lacks: the scorer
    /// compares numbers, so it never hashes the same strings again for every phrasing.
    /// </summary>
    public int IdOf(string term) => _ids.TryGetValue(term, out var id) ? id : -1;

    /// <summary>
    /// The knowledge-base terms a query term stands for, with a confidence: 1 for the term itself, less for one typo
    /// (an insertion, deletion, substitution or swap) or a longer/shorter form of the same word. Deterministic order.
    /// </summary>
    public IReadOnlyList<TermMatch> Resolve(string term) => Read(term).Matches;

    /// <summary><see cref="Resolve"/> with how much the query term weighs: its surest reading's idf.</summary>
    public ResolvedTerm Read(string term) => _ids.TryGetValue(term, out var id) ? _exact[id] : _others.Get(term);

    private ResolvedTerm ReadUnknown(string term)
    {
        // A word has a few readings at most: a short list, each term raised to its surest reading, sorted once at the end.
        var matches = new List<(string Term, double Confidence)>();
        if (_aliases.TryGetValue(term, out var canonical))
        {
            // A word of a synonym phrase seen without the rest of it ("pack" of "action pack").
            Raise(matches, canonical, 0.7);
        }

        if (term.Length >= MinFuzzyLength)
        {
            // Shared deletions find a swapped or replaced letter, the question's word as a deletion finds a missing
            // letter, and a deletion of the question's word that is itself an entry finds an extra letter. Each
            // deletion is made in one buffer and looked up by its characters.
            Span<char> deletion = term.Length <= 128 ? stackalloc char[term.Length - 1] : new char[term.Length - 1];
            for (var i = 0; i < term.Length; i++)
            {
                term.AsSpan(0, i).CopyTo(deletion);
                term.AsSpan(i + 1).CopyTo(deletion[i..]);
                if (_deletionLookup.TryGetValue(deletion, out var sharing))
                {
                    RaiseTypos(matches, term, sharing);
                }

                if (deletion.Length >= MinFuzzyLength && Entry(deletion) is { } entry)
                {
                    RaiseTypo(matches, term, entry);
                }
            }

            if (_deletions.TryGetValue(term, out var longer))
            {
                RaiseTypos(matches, term, longer);
            }
        }

        if (term.Length >= MinSharedPrefix)
        {
            // KB terms that are a beginning of the query term ("kaydolabiliyor" → "kaydol").
            for (var length = MinSharedPrefix; length < term.Length; length++)
            {
                if (Entry(term.AsSpan(0, length)) is { } prefix)
                {
                    Raise(matches, Meaning(prefix), 0.7);
                }
            }

            // KB terms that start with the whole query term ("competen" → "competenc…"), found by binary search.
            var start = Array.BinarySearch(_sorted, term, StringComparer.Ordinal);
            for (var i = start < 0 ? ~start : start; i < _sorted.Length && _sorted[i].StartsWith(term, StringComparison.Ordinal); i++)
            {
                if (_sorted[i].Length - term.Length <= 4)
                {
                    Raise(matches, Meaning(_sorted[i]), 0.7);
                }
            }
        }

        matches.Sort(static (x, y) => string.CompareOrdinal(x.Term, y.Term));
        var resolved = new TermMatch[matches.Count];
        var weight = UnknownIdf;
        for (var i = 0; i < resolved.Length; i++)
        {
            var (meant, confidence) = matches[i];
            resolved[i] = new TermMatch(term, meant, confidence, _ids[meant]);
            weight = i == 0 ? _idf[meant] : Math.Max(weight, _idf[meant]);
        }

        return new ResolvedTerm(resolved, weight);
    }

    /// <summary>The vocabulary's own string for a term or synonym member spelt by these characters, or null.</summary>
    private string? Entry(ReadOnlySpan<char> characters) =>
        _idfLookup.TryGetValue(characters, out var term, out _) ? term
        : _aliasLookup.TryGetValue(characters, out var alias, out _) ? alias
        : null;

    private void RaiseTypos(List<(string Term, double Confidence)> matches, string term, List<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            RaiseTypo(matches, term, candidate);
        }
    }

    private void RaiseTypo(List<(string Term, double Confidence)> matches, string term, string candidate)
    {
        // The term itself can only be an alias here (a KB term is read exactly); its exact reading is set already.
        if (candidate != term && EditDistance.IsWithinOne(term, candidate))
        {
            Raise(matches, Meaning(candidate), 0.8);
        }
    }

    /// <summary>Keeps the surest reading of each knowledge-base term.</summary>
    private static void Raise(List<(string Term, double Confidence)> matches, string meant, double confidence)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            if (matches[i].Term == meant)
            {
                matches[i] = (meant, Math.Max(matches[i].Confidence, confidence));
                return;
            }
        }

        matches.Add((meant, confidence));
    }

    /// <summary>The knowledge-base term a vocabulary entry stands for: itself, or a synonym member's canonical term.</summary>
    private string Meaning(string entry) => _aliases.GetValueOrDefault(entry) ?? entry;

    private static IEnumerable<string> Deletions(string term)
    {
        for (var i = 0; i < term.Length; i++)
        {
            yield return string.Concat(term.AsSpan(0, i), term.AsSpan(i + 1));
        }
    }

    private static double Idf(int documents, int frequency) =>
        Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
}

/// <summary>
/// What a query term may mean in the knowledge base, and how much it weighs in the question. The matches are an array:
/// every search walks them, and walking an array needs no enumerator object.
/// </summary>
internal sealed record ResolvedTerm(TermMatch[] Matches, double Weight);

/// <summary>A query term and the knowledge-base term it was taken to mean, with how sure that reading is.</summary>
internal sealed record TermMatch(string QueryTerm, string Term, double Confidence, int TermId);
