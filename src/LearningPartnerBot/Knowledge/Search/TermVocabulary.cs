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
    private readonly Dictionary<string, List<string>> _deletions = new(StringComparer.Ordinal);
    private readonly string[] _sorted;

    public TermVocabulary(IReadOnlyList<IReadOnlySet<string>> documents)
    {
        var documentFrequency = _documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d))
        {
            documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }

        var n = Math.Max(1, documents.Count);
        _idf = documentFrequency.ToDictionary(p => p.Key, p => Idf(n, p.Value), StringComparer.Ordinal);
        UnknownIdf = Idf(n, 0);
        _sorted = [.. _idf.Keys.Order(StringComparer.Ordinal)];
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
    }

    /// <summary>How much an unknown word weighs: as much as the rarest possible term, since it is evidence the KB lacks.</summary>
    public double UnknownIdf { get; }

    public int Count => _idf.Count;

    /// <summary>How many topics use the term anywhere (phrasings or answer); 0 for a term the KB lacks.</summary>
    public int DocumentFrequency(string term) => _documentFrequency.GetValueOrDefault(term);

    public double Idf(string term) => _idf.TryGetValue(term, out var idf) ? idf : UnknownIdf;

    /// <summary>
    /// The knowledge-base terms a query term stands for, with a confidence: 1 for the term itself, less for one typo
    /// (an insertion, deletion, substitution or swap) or a longer/shorter form of the same word. Deterministic order.
    /// </summary>
    public IReadOnlyList<TermMatch> Resolve(string term)
    {
        if (_idf.ContainsKey(term))
        {
            return [new TermMatch(term, term, 1.0)];
        }

        var matches = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (term.Length >= MinFuzzyLength)
        {
            foreach (var candidate in Deletions(term).Append(term).SelectMany(d => _deletions.GetValueOrDefault(d) ?? []))
            {
                if (EditDistance.IsWithinOne(term, candidate))
                {
                    matches[candidate] = Math.Max(matches.GetValueOrDefault(candidate), 0.8);
                }
            }
        }

        if (term.Length >= MinSharedPrefix)
        {
            foreach (var candidate in SharedPrefixTerms(term))
            {
                matches[candidate] = Math.Max(matches.GetValueOrDefault(candidate), 0.7);
            }
        }

        return [.. matches.Select(m => new TermMatch(term, m.Key, m.Value))];
    }

    private IEnumerable<string> SharedPrefixTerms(string term)
    {
        // KB terms that are a beginning of the query term ("kaydolabiliyor" → "kaydol").
        for (var length = MinSharedPrefix; length < term.Length; length++)
        {
            if (_idf.ContainsKey(term[..length]))
            {
                yield return term[..length];
            }
        }

        // KB terms that start with the whole query term ("competen" → "competenc…"), found by binary search.
        var start = Array.BinarySearch(_sorted, term, StringComparer.Ordinal);
        for (var i = start < 0 ? ~start : start; i < _sorted.Length && _sorted[i].StartsWith(term, StringComparison.Ordinal); i++)
        {
            if (_sorted[i].Length - term.Length <= 4)
            {
                yield return _sorted[i];
            }
        }
    }

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

/// <summary>A query term and the knowledge-base term it was taken to mean, with how sure that reading is.</summary>
internal sealed record TermMatch(string QueryTerm, string Term, double Confidence);
