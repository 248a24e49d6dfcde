using System.Buffers;
using System.Runtime.InteropServices;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// An inverted index of one language's topics with bm25 ranking, computed as SQLite's FTS5 computes its bm25()
/// (k1 = 1.2, b = 0.75, each occurrence counted at its column's weight, a row's length over all its columns, an idf
/// that never drops below 1e-6), so topics rank as they did when FTS5 held the index. In memory because a knowledge
/// base is a few hundred rows of short text: querying FTS5 (a connection, a statement, a sub-query per term for its
/// idf) cost more than the rest of the answer together. A term is one analyzed word; the analyzers decide what a
/// word is.
/// </summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>FTS5's floor, for a term in more than half of the rows, whose textbook idf would be negative.</summary>
    private const double MinIdf = 1e-6;

    /// <summary>Ordinal order as one delegate made once: sorting with the comparer object makes a new delegate every call.</summary>
    private static readonly Comparison<string> OrdinalOrder = string.CompareOrdinal;

    private readonly Dictionary<string, Posting[]> _postings;
    private readonly int[] _rowLength;
    private readonly double _averageLength;

    private Bm25Index(Dictionary<string, Posting[]> postings, int[] rowLength)
    {
        _rowLength = rowLength;
        _averageLength = rowLength.Length == 0 ? 0 : (double)rowLength.Sum(l => (long)l) / rowLength.Length;

        // A term's part of a row's score depends only on the index, so it is worked out here, once, rather than for
        // every question that uses the term.
        _postings = new Dictionary<string, Posting[]>(postings.Count, StringComparer.Ordinal);
        foreach (var (term, rows) in postings)
        {
            var idf = Math.Log((RowCount - rows.Length + 0.5) / (rows.Length + 0.5));
            if (idf <= 0.0)
            {
                idf = MinIdf;
            }

            _postings[term] = [.. rows.Select(p => p with { Part = idf * (p.Frequency * (K1 + 1.0) / (p.Frequency + (K1 * (1 - B + (B * _rowLength[p.Row] / _averageLength))))) })];
        }
    }

    public int RowCount => _rowLength.Length;

    /// <param name="rows">Per row, per column, the row's terms in that column (repeats count).</param>
    /// <param name="columnWeights">The weight of an occurrence in each column.</param>
    public static Bm25Index Build(IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> rows, IReadOnlyList<double> columnWeights)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(columnWeights);
        var postings = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        var rowLength = new int[rows.Count];
        var frequencies = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var row = 0; row < rows.Count; row++)
        {
            frequencies.Clear();
            for (var column = 0; column < rows[row].Count; column++)
            {
                foreach (var term in rows[row][column])
                {
                    frequencies[term] = frequencies.GetValueOrDefault(term) + columnWeights[column];
                    rowLength[row]++;
                }
            }

            foreach (var (term, frequency) in frequencies)
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add(new Posting(row, frequency));
            }
        }

        return new Bm25Index(postings.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), rowLength);
    }

    /// <summary>
    /// The rows that contain any of <paramref name="terms"/> (distinct; sorted here), best bm25 first, ties by row, at
    /// most <paramref name="limit"/>.
    /// </summary>
    public List<(int Row, double Score)> Top(List<string> terms, int limit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var best = new (int Row, double Score)[Math.Max(0, limit)];
        var count = Top(CollectionsMarshal.AsSpan(terms), best);
        return [.. best.AsSpan(0, count)];
    }

    /// <summary>
    /// <see cref="Top(List{string}, int)"/> into <paramref name="best"/> (its length is the limit); returns how many
    /// rows it holds. Terms are summed in ordinal order, FTS5's phrase order for a sorted OR query, so the scores agree
    /// with it to the last bit. Scores are kept by row in a pooled array: a question touches a few hundred rows at
    /// most, and a dictionary per question would allocate for each.
    /// </summary>
    public int Top(Span<string> terms, Span<(int Row, double Score)> best)
    {
        terms.Sort(OrdinalOrder);
        var scores = ArrayPool<double>.Shared.Rent(Math.Max(1, RowCount));
        var touched = ArrayPool<int>.Shared.Rent(Math.Max(1, RowCount));
        try
        {
            Array.Clear(scores, 0, RowCount);
            var count = 0;
            foreach (var term in terms)
            {
                if (!_postings.TryGetValue(term, out var rows))
                {
                    continue;
                }

                foreach (var (row, _, part) in rows)
                {
                    if (scores[row] == 0)
                    {
                        // Every part is at least MinIdf, so a row scored zero has not been touched yet.
                        touched[count++] = row;
                    }

                    scores[row] += part;
                }
            }

            return Best(scores, touched.AsSpan(0, count), best);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(touched);
        }
    }

    /// <summary>The best rows into <paramref name="best"/>, by insertion into a short sorted run: the limit is small.</summary>
    private static int Best(double[] scores, ReadOnlySpan<int> rows, Span<(int Row, double Score)> best)
    {
        var limit = best.Length;
        var count = 0;
        if (limit == 0)
        {
            return 0;
        }

        foreach (var row in rows)
        {
            var score = scores[row];
            if (count == limit && !Before(row, score, best[count - 1]))
            {
                continue;
            }

            var at = count;
            while (at > 0 && Before(row, score, best[at - 1]))
            {
                at--;
            }

            // Full, the last one drops out to make room.
            var end = count == limit ? count - 1 : count;
            for (var i = end; i > at; i--)
            {
                best[i] = best[i - 1];
            }

            best[at] = (row, score);
            if (count < limit)
            {
                count++;
            }
        }

        return count;
    }

    private static bool Before(int row, double score, (int Row, double Score) other) =>
        score > other.Score || (score == other.Score && row < other.Row);

    /// <param name="Part">What the term adds to the row's score: set when the index is complete.</param>
    private readonly record struct Posting(int Row, double Frequency, double Part = 0);
}
