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
        var reading = new QueryReading(query);
        var bestBm25 = candidates[0].Bm25;
        return
        [
            .. candidates
                .Select(c => Score(index.Profile(c.TopicId), reading, total, c.Bm25 / bestBm25))
                .OrderByDescending(s => s.Score)
                .ThenBy(s => s.Topic.Id, StringComparer.Ordinal),
        ];
    }

    private static ScoredTopic Score(TopicProfile profile, QueryReading reading, double total, double relativeBm25)
    {
        var best = double.NegativeInfinity;
        for (var i = 0; i < profile.WeightedPhrasings.Count; i++)
        {
            var phrasing = profile.WeightedPhrasings[i];
            best = Math.Max(best, CoverageShare * Coverage(phrasing.Ids, reading, total) + (1 - CoverageShare) * Precision(phrasing, reading));
        }

        var score = BestPhrasingWeight * best
            + AllPhrasingsWeight * Coverage(profile.AskedIds, reading, total)
            + AnswerWeight * Coverage(profile.AnswerIds, reading, total)
            + Bm25Weight * relativeBm25;

        // Rounded so that the same question always reports the same score, whatever the summation order's last bits.
        return new ScoredTopic(profile.Topic, Math.Round(score, 4), relativeBm25);
    }

    /// <summary>The share of the question (by rarity) that these terms explain.</summary>
    private static double Coverage(int[] terms, QueryReading reading, double total)
    {
        // Per word of the question, the surest reading these terms contain; summed in the question's order.
        var query = reading.Query;
        Span<double> sure = query.Count <= 128 ? stackalloc double[query.Count] : new double[query.Count];
        sure.Clear();
        foreach (var term in terms)
        {
            if (reading.ByTerm.TryGetValue(term, out var readings))
            {
                foreach (var (word, confidence) in readings.ByWord)
                {
                    if (confidence > sure[word])
                    {
                        sure[word] = confidence;
                    }
                }
            }
        }

        var covered = 0.0;
        for (var i = 0; i < query.Count; i++)
        {
            covered += query[i].Weight * sure[i];
        }

        return total == 0 ? 0 : covered / total;
    }

    /// <summary>The share of a phrasing (by rarity) that the question says.</summary>
    private static double Precision(WeightedPhrasing phrasing, QueryReading reading)
    {
        double said = 0;
        for (var i = 0; i < phrasing.Ids.Length; i++)
        {
            if (reading.ByTerm.TryGetValue(phrasing.Ids[i], out var readings))
            {
                said += phrasing.Idf[i] * readings.Surest;
            }
        }

        return phrasing.TotalIdf == 0 ? 0 : said / phrasing.TotalIdf;
    }

    /// <summary>
    /// The question read against the vocabulary, by term number: each knowledge-base term it may mean, with the surest
    /// reading any of its words gives that term and the reading each word gives it.
    /// </summary>
    private sealed class QueryReading
    {
        public QueryReading(List<QueryTerm> query)
        {
            Query = query;
            for (var word = 0; word < query.Count; word++)
            {
                foreach (var match in query[word].Matches)
                {
                    if (!ByTerm.TryGetValue(match.TermId, out var readings))
                    {
                        ByTerm[match.TermId] = readings = new TermReadings();
                    }

                    readings.Add(word, match.Confidence);
                }
            }
        }

        public List<QueryTerm> Query { get; }

        public Dictionary<int, TermReadings> ByTerm { get; } = [];
    }

    private sealed class TermReadings
    {
        public double Surest { get; private set; }

        public List<(int Word, double Confidence)> ByWord { get; } = new(1);

        public void Add(int word, double confidence)
        {
            ByWord.Add((word, confidence));
            Surest = Math.Max(Surest, confidence);
        }
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
    }
}
