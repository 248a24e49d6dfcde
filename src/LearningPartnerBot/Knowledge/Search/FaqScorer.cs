using System.Buffers;
using System.Numerics;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// Turns a question into a confidence per candidate topic. bm25 alone says which topic is best but not whether it
/// is good enough, and its scale changes with every question; this score is comparable across questions, which the
/// abstention threshold needs. It asks how much of the question a topic explains (rare words count most, words the
/// knowledge base has never seen count against it) and how much of a phrasing the question says.
/// </summary>
internal static class FaqScorer
{
    private const int CandidateLimit = 20;

    /// <summary>
    /// How many of the ranked candidates a search returns: the answer and its runner-up, three suggestions, and the
    /// five `kb explain` shows, with room for out-of-scope entries among them.
    /// </summary>
    private const int RankedLimit = 8;

    private const double BestPhrasingWeight = 0.45;
    private const double AllPhrasingsWeight = 0.35;
    private const double AnswerWeight = 0.10;
    private const double Bm25Weight = 0.10;

    /// <summary>Within one phrasing: explaining the question matters more than saying all of the phrasing.</summary>
    private const double CoverageShare = 0.7;

    public static TopicRanking Rank(LanguageIndex index, string question)
    {
        // The lists a question is read into live only within this call, which never awaits: one set per thread
        // serves every question, and a question allocates no list of its own.
        var scratch = Scratch ??= new RankingLists();
        try
        {
            index.AnalyzeInto(question, scratch.Analyzed);
            var terms = Distinct(scratch.Analyzed, scratch.Terms);
            if (!terms.Exists(static t => t.AsSpan().ContainsAnyInRange('a', 'z')))
            {
                // Numbers alone ("5", "2020") name no topic: a menu choice typed out of turn, not a question.
                return TopicRanking.Empty;
            }

            return Rank(index, question, terms, scratch);
        }
        finally
        {
            scratch.Clear();
        }
    }

    [ThreadStatic]
    private static RankingLists? Scratch;

    private static TopicRanking Rank(LanguageIndex index, string question, List<string> terms, RankingLists scratch)
    {
        var query = scratch.Query;
        var expanded = scratch.Expanded;
        var total = 0.0;

        // The heaviest word no answerable topic explains: unknown to the knowledge base, or used only by its
        // out-of-scope topics. A date or an amount ("15 May", "3 days") is a detail, never what a question is about.
        var heaviestUnexplained = 0.0;
        foreach (var term in terms)
        {
            var read = index.Vocabulary.Read(term);
            query.Add(new QueryTerm(read.Matches, read.Weight));
            total += read.Weight;
            var answerable = !term.AsSpan().ContainsAnyInRange('a', 'z');
            foreach (var match in read.Matches)
            {
                answerable |= index.IsAnswerable(match.TermId);
                if (!expanded.Contains(match.Term))
                {
                    expanded.Add(match.Term);
                }
            }

            if (!answerable)
            {
                heaviestUnexplained = Math.Max(heaviestUnexplained, read.Weight);
            }
        }

        var unexplained = total == 0 ? 0 : Math.Round(heaviestUnexplained / total, 4);
        var key = index.Keys.Find(terms, question);
        var top = ArrayPool<(int Row, double Score)>.Shared.Rent(CandidateLimit);
        var scores = ArrayPool<(int Row, double Score, double Bm25)>.Shared.Rent(CandidateLimit);
        try
        {
            var count = index.Candidates(expanded, top.AsSpan(0, CandidateLimit));
            if (count == 0)
            {
                return new TopicRanking([], unexplained, key) { TermCount = terms.Count };
            }

            var reading = scratch.Reading;
            reading.Read(query, index.Vocabulary.Count, total);
            var bestBm25 = top[0].Score;
            for (var i = 0; i < count; i++)
            {
                var (row, bm25) = top[i];
                scores[i] = (row, Score(index.ProfileAt(row), reading, total, bm25 / bestBm25), bm25 / bestBm25);
            }

            // Rows are in topic-id order, so this order is total and the unstable sort is deterministic.
            var ranked = scores.AsSpan(0, count);
            ranked.Sort(static (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Row.CompareTo(y.Row));

            // Every candidate is scored, but only the best few become objects: nothing reads further down the ranking.
            var kept = new ScoredTopic[Math.Min(count, RankedLimit)];
            for (var i = 0; i < kept.Length; i++)
            {
                kept[i] = new ScoredTopic(index.ProfileAt(ranked[i].Row).Topic, ranked[i].Score, ranked[i].Bm25);
            }

            return new TopicRanking(kept, unexplained, key) { TermCount = terms.Count };
        }
        finally
        {
            ArrayPool<(int Row, double Score)>.Shared.Return(top);
            ArrayPool<(int Row, double Score, double Bm25)>.Shared.Return(scores);
        }
    }

    /// <summary>Into <paramref name="distinct"/>, the terms in their first order without repeats; a question has a few dozen at most.</summary>
    private static List<string> Distinct(List<string> terms, List<string> distinct)
    {
        foreach (var term in terms)
        {
            if (!distinct.Contains(term))
            {
                distinct.Add(term);
            }
        }

        return distinct;
    }

    private sealed class RankingLists
    {
        public List<string> Analyzed { get; } = new(32);

        public List<string> Terms { get; } = new(32);

        public List<QueryTerm> Query { get; } = new(32);

        public List<string> Expanded { get; } = new(32);

        public QueryReading Reading { get; } = new();

        public void Clear()
        {
            Reading.Clear();
            Analyzed.Clear();
            Terms.Clear();
            Query.Clear();
            Expanded.Clear();
            if (Analyzed.Capacity > MaxKeptTerms)
            {
                // A pasted page was read: let its lists go rather than keep them for the thread's lifetime.
                Scratch = null;
            }
        }
    }

    private const int MaxKeptTerms = 1024;

    private static double Score(TopicProfile profile, QueryReading reading, double total, double relativeBm25)
    {
        var phrasings = profile.WeightedPhrasings;
        var best = double.NegativeInfinity;
        double asked;
        if (profile.PhrasingsOfAsked is not { } phrasingsOf)
        {
            asked = reading.Explained(profile.AskedIds, default, total, out _);
            foreach (var phrasing in phrasings)
            {
                best = Math.Max(best, Match(phrasing, reading, total));
            }
        }
        else
        {
            // Reading the asked terms tells which phrasings share a term with the question. One that shares none
            // explains none of it and says none of itself: it scores zero. One that shares a single term explains
            // what that term explains alone and says that term's idf. Only phrasings sharing more are compared.
            asked = reading.ExplainedByAsked(profile.AskedIds, phrasingsOf, total, out var one, out var several);
            if (BitOperations.PopCount(one | several) < phrasings.Length)
            {
                best = 0;
            }

            foreach (var i in reading.MatchedAsked)
            {
                var slot = reading.SlotOf(profile.AskedIds[i]);
                var coverage = reading.Alone(slot);
                var said = profile.AskedIdf[i] * reading.Surest(slot);
                for (var alone = phrasingsOf[i] & one; alone != 0; alone &= alone - 1)
                {
                    var totalIdf = phrasings[BitOperations.TrailingZeroCount(alone)].TotalIdf;
                    best = Math.Max(best, Blend(coverage, totalIdf == 0 ? 0 : said / totalIdf));
                }
            }

            for (; several != 0; several &= several - 1)
            {
                best = Math.Max(best, Match(phrasings[BitOperations.TrailingZeroCount(several)], reading, total));
            }
        }

        var score = BestPhrasingWeight * best
            + AllPhrasingsWeight * asked
            + AnswerWeight * reading.Explained(profile.AnswerIds, default, total, out _)
            + Bm25Weight * relativeBm25;

        // Rounded so that the same question always reports the same score, whatever the summation order's last bits.
        return Math.Round(score, 4);
    }

    /// <summary>How well one phrasing matches: how much of the question it explains, and how much of it the question says.</summary>
    private static double Match(WeightedPhrasing phrasing, QueryReading reading, double total)
    {
        var coverage = reading.Explained(phrasing.Ids, phrasing.Idf, total, out var said);
        return Blend(coverage, phrasing.TotalIdf == 0 ? 0 : said / phrasing.TotalIdf);
    }

    private static double Blend(double coverage, double precision) => CoverageShare * coverage + (1 - CoverageShare) * precision;
}
