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

    private const double BestPhrasingWeight = 0.45;
    private const double AllPhrasingsWeight = 0.35;
    private const double AnswerWeight = 0.10;
    private const double Bm25Weight = 0.10;

    /// <summary>Within one phrasing: explaining the question matters more than saying all of the phrasing.</summary>
    private const double CoverageShare = 0.7;

    public static IReadOnlyList<ScoredTopic> Rank(LanguageIndex index, string question)
    {
        var terms = index.Analyze(question).Distinct(StringComparer.Ordinal).ToList();
        if (!terms.Any(t => t.Any(char.IsAsciiLetter)))
        {
            // Numbers alone ("5", "2020") name no topic: a menu choice typed out of turn, not a question.
            return [];
        }

        var query = terms.Select(t => new QueryTerm(t, index.Vocabulary)).ToList();
        var expanded = query.SelectMany(q => q.Matches).Select(m => m.Term).ToHashSet(StringComparer.Ordinal);
        var candidates = index.Candidates(expanded, CandidateLimit);
        if (candidates.Count == 0)
        {
            return [];
        }

        var total = query.Sum(q => q.Weight);
        var confidence = ConfidenceByTerm(query);
        var bestBm25 = candidates[0].Bm25;
        return
        [
            .. candidates
                .Select(c => Score(index.Profile(c.TopicId), query, confidence, total, c.Bm25 / bestBm25))
                .OrderByDescending(s => s.Score)
                .ThenBy(s => s.Topic.Id, StringComparer.Ordinal),
        ];
    }

    private static ScoredTopic Score(TopicProfile profile, List<QueryTerm> query, Dictionary<string, double> confidence, double total, double relativeBm25)
    {
        var best = double.NegativeInfinity;
        for (var i = 0; i < profile.Phrasings.Count; i++)
        {
            best = Math.Max(best, CoverageShare * Coverage(profile.Phrasings[i], query, total) + (1 - CoverageShare) * Precision(profile.WeightedPhrasings[i], confidence));
        }

        var score = BestPhrasingWeight * best
            + AllPhrasingsWeight * Coverage(profile.AskedTerms, query, total)
            + AnswerWeight * Coverage(profile.Answer, query, total)
            + Bm25Weight * relativeBm25;

        // Rounded so that the same question always reports the same score, whatever the summation order's last bits.
        return new ScoredTopic(profile.Topic, Math.Round(score, 4), relativeBm25);
    }

    /// <summary>The share of the question (by rarity) that these terms explain.</summary>
    private static double Coverage(IReadOnlySet<string> terms, List<QueryTerm> query, double total)
    {
        var covered = 0.0;
        foreach (var q in query)
        {
            covered += q.Weight * q.ConfidenceIn(terms);
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>The share of a phrasing (by rarity) that the question says.</summary>
    private static double Precision(WeightedPhrasing phrasing, Dictionary<string, double> confidence)
    {
        double said = 0;
        for (var i = 0; i < phrasing.Terms.Length; i++)
        {
            if (confidence.TryGetValue(phrasing.Terms[i], out var sure))
            {
                said += phrasing.Idf[i] * sure;
            }
        }

        return phrasing.TotalIdf == 0 ? 0 : said / phrasing.TotalIdf;
    }

    /// <summary>Each knowledge-base term the question may mean, with the surest reading any of its words gives it.</summary>
    private static Dictionary<string, double> ConfidenceByTerm(List<QueryTerm> query)
    {
        var confidence = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var q in query)
        {
            foreach (var match in q.Matches)
            {
                if (match.Confidence > confidence.GetValueOrDefault(match.Term))
                {
                    confidence[match.Term] = match.Confidence;
                }
            }
        }

        return confidence;
    }

    /// <summary>One analyzed word of the question, the knowledge-base terms it may mean, and how much it weighs.</summary>
    private sealed class QueryTerm
    {
        public QueryTerm(string term, TermVocabulary vocabulary)
        {
            Matches = vocabulary.Resolve(term);
            Weight = Matches.Count == 0 ? vocabulary.UnknownIdf : Matches.Max(m => vocabulary.Idf(m.Term));
        }

        public IReadOnlyList<TermMatch> Matches { get; }

        public double Weight { get; }

        public double ConfidenceIn(IReadOnlySet<string> terms)
        {
            var best = 0.0;
            foreach (var match in Matches)
            {
                if (match.Confidence > best && terms.Contains(match.Term))
                {
                    best = match.Confidence;
                }
            }

            return best;
        }
    }
}
