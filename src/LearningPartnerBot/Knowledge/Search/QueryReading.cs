using System.Buffers;
using System.Numerics;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// A question read against the vocabulary, by term number: each knowledge-base term it may mean, with the surest
/// reading any of its words gives that term and the reading each word gives it. Every term the question may mean has
/// a slot, and a slot's word readings are a chain through shared arrays, all rented from the pool: the scorer looks
/// a phrasing's terms up by number with one array read, and reading a question allocates nothing per term. One
/// reading serves a thread's questions in turn (<see cref="Read"/>, then <see cref="Clear"/>), so reading a question
/// allocates nothing at all.
/// </summary>
internal sealed class QueryReading
{
    // Its own pool: every array in it is all zeros (each reading clears the slots it set before returning it), which
    // a shared pool's arrays need not be.
    private static readonly ArrayPool<int> SlotPool = ArrayPool<int>.Create();

    private int[] _slotOfTerm = [];
    private int[] _termOfSlot = [];
    private double[] _surest = [];
    private int[] _first = [];
    private int[] _last = [];
    private int[] _next = [];
    private int[] _word = [];
    private double[] _confidence = [];
    private double[] _weight = new double[32];
    private double[] _sure = new double[32];
    private double[] _alone = [];
    private int[] _matched = [];
    private int _slots;
    private bool _rented;

    /// <summary>Reads <paramref name="query"/>: each analyzed word of the question, in order, with what it may mean and how much it weighs.</summary>
    /// <param name="total">The question's whole weight: the sum of its words' weights.</param>
    public void Read(List<QueryTerm> query, int vocabularySize, double total)
    {
        Clear();
        var readings = 0;
        foreach (var word in query)
        {
            readings += word.Matches.Length;
        }

        // Slot numbers are stored plus one, so the cleared array (all zeros) means "no slot" for every term.
        _slotOfTerm = SlotPool.Rent(Math.Max(1, vocabularySize));
        var size = Math.Max(1, readings);
        _termOfSlot = ArrayPool<int>.Shared.Rent(size);
        _surest = ArrayPool<double>.Shared.Rent(size);
        _first = ArrayPool<int>.Shared.Rent(size);
        _last = ArrayPool<int>.Shared.Rent(size);
        _next = ArrayPool<int>.Shared.Rent(size);
        _word = ArrayPool<int>.Shared.Rent(size);
        _confidence = ArrayPool<double>.Shared.Rent(size);
        _alone = ArrayPool<double>.Shared.Rent(size);
        _matched = ArrayPool<int>.Shared.Rent(size);
        WordCount = query.Count;
        if (_weight.Length < query.Count)
        {
            // The reading's own, kept between questions: the sure readings stay all zeros from one question to the next.
            _weight = new double[query.Count];
            _sure = new double[query.Count];
        }

        _rented = true;
        var reading = 0;
        for (var word = 0; word < query.Count; word++)
        {
            _weight[word] = query[word].Weight;
            foreach (var match in query[word].Matches)
            {
                var slot = _slotOfTerm[match.TermId] - 1;
                if (slot < 0)
                {
                    slot = _slots++;
                    _slotOfTerm[match.TermId] = slot + 1;
                    _termOfSlot[slot] = match.TermId;
                    _surest[slot] = 0;
                    _first[slot] = reading;
                }
                else
                {
                    _next[_last[slot]] = reading;
                }

                _last[slot] = reading;
                _next[reading] = -1;
                _word[reading] = word;
                _confidence[reading] = match.Confidence;
                _surest[slot] = Math.Max(_surest[slot], match.Confidence);
                reading++;
            }
        }

        for (var slot = 0; slot < _slots; slot++)
        {
            _alone[slot] = Explained(new ReadOnlySpan<int>(in _termOfSlot[slot]), default, total, out _);
        }
    }

    /// <summary>How many analyzed words the question has.</summary>
    public int WordCount { get; private set; }

    /// <summary>The slot of a knowledge-base term the question may mean, or -1.</summary>
    public int SlotOf(int term) => _slotOfTerm[term] - 1;

    /// <summary>The surest reading any word of the question gives the slot's term.</summary>
    public double Surest(int slot) => _surest[slot];

    /// <summary>The share of the question the slot's term explains on its own: what <see cref="Explained"/> gives for it alone.</summary>
    public double Alone(int slot) => _alone[slot];

    /// <summary>
    /// In one walk over a set of knowledge-base terms: the share of the question (by rarity) they explain and, given
    /// the terms' idf, how much of them (by rarity) the question says.
    /// </summary>
    /// <param name="idf">The terms' idf, in the same order; empty when <paramref name="said"/> is not wanted.</param>
    /// <param name="total">The question's whole weight.</param>
    /// <param name="said">With <paramref name="idf"/>, the idf of the terms the question says, each by its surest reading.</param>
    public double Explained(ReadOnlySpan<int> terms, ReadOnlySpan<double> idf, double total, out double said)
    {
        // Per word of the question, the surest reading these terms contain. The words are summed in the question's
        // order; a word no term reads adds nothing, so only the words read are visited (a question has a few dozen
        // words, a set of terms reads a few of them) and the sum keeps its bits.
        var slotOfTerm = _slotOfTerm;
        var sure = _sure;
        var read = 0UL;
        said = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var slot = slotOfTerm[terms[i]] - 1;
            if (slot < 0)
            {
                continue;
            }

            if (!idf.IsEmpty)
            {
                said += idf[i] * _surest[slot];
            }

            for (var at = _first[slot]; at >= 0; at = _next[at])
            {
                var word = _word[at];
                if (_confidence[at] > sure[word])
                {
                    sure[word] = _confidence[at];
                    read |= 1UL << word;
                }
            }
        }

        return total == 0 ? 0 : Sum(read) / total;
    }

    /// <summary>
    /// <see cref="Explained"/> for a topic's asked terms, which also tells which of the topic's phrasings share a
    /// term with the question: those with exactly one (<see cref="MatchedAsked"/> says which) and those with more.
    /// </summary>
    /// <param name="phrasingsOf">Per term, the topic's phrasings (one bit each) that use it.</param>
    /// <param name="one">The phrasings that share exactly one term with the question.</param>
    /// <param name="several">The phrasings that share more than one.</param>
    public double ExplainedByAsked(int[] terms, ulong[] phrasingsOf, double total, out ulong one, out ulong several)
    {
        var slotOfTerm = _slotOfTerm;
        var sure = _sure;
        var read = 0UL;
        var some = 0UL;
        several = 0;
        MatchedCount = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var slot = slotOfTerm[terms[i]] - 1;
            if (slot < 0)
            {
                continue;
            }

            _matched[MatchedCount++] = i;
            several |= some & phrasingsOf[i];
            some |= phrasingsOf[i];
            for (var at = _first[slot]; at >= 0; at = _next[at])
            {
                var word = _word[at];
                if (_confidence[at] > sure[word])
                {
                    sure[word] = _confidence[at];
                    read |= 1UL << word;
                }
            }
        }

        one = some & ~several;
        return total == 0 ? 0 : Sum(read) / total;
    }

    /// <summary>How many asked terms the last <see cref="ExplainedByAsked"/> found the question may mean.</summary>
    public int MatchedCount { get; private set; }

    /// <summary>Where in the asked terms the last <see cref="ExplainedByAsked"/> found the question's terms, in order.</summary>
    public ReadOnlySpan<int> MatchedAsked => _matched.AsSpan(0, MatchedCount);

    /// <summary>The sure readings' weighted sum in the question's order; sets them back to zero.</summary>
    private double Sum(ulong read)
    {
        var sure = _sure;
        var covered = 0.0;
        if (WordCount <= 64)
        {
            for (; read != 0; read &= read - 1)
            {
                var word = BitOperations.TrailingZeroCount(read);
                covered += _weight[word] * sure[word];
                sure[word] = 0;
            }
        }
        else
        {
            // Too many words to mark: every word is visited, and the ones not read add zero.
            for (var word = 0; word < WordCount; word++)
            {
                covered += _weight[word] * sure[word];
                sure[word] = 0;
            }
        }

        return covered;
    }

    /// <summary>Gives the arrays back, if a question was read; safe to call again.</summary>
    public void Clear()
    {
        if (!_rented)
        {
            return;
        }

        for (var slot = 0; slot < _slots; slot++)
        {
            _slotOfTerm[_termOfSlot[slot]] = 0;
        }

        // Every comparison sets its entries back already; this keeps the promise even if one was cut short.
        Array.Clear(_sure, 0, WordCount);
        _slots = 0;
        MatchedCount = 0;
        WordCount = 0;
        _rented = false;
        SlotPool.Return(_slotOfTerm);
        ArrayPool<int>.Shared.Return(_termOfSlot);
        ArrayPool<double>.Shared.Return(_surest);
        ArrayPool<int>.Shared.Return(_first);
        ArrayPool<int>.Shared.Return(_last);
        ArrayPool<int>.Shared.Return(_next);
        ArrayPool<int>.Shared.Return(_word);
        ArrayPool<double>.Shared.Return(_confidence);
        ArrayPool<double>.Shared.Return(_alone);
        ArrayPool<int>.Shared.Return(_matched);
        _slotOfTerm = _termOfSlot = _first = _last = _next = _word = _matched = [];
        _surest = _confidence = _alone = [];
    }
}

/// <summary>One analyzed word of the question, the knowledge-base terms it may mean, and how much it weighs.</summary>
internal readonly record struct QueryTerm(TermMatch[] Matches, double Weight);
