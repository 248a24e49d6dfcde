namespace LearningPartnerBot.Knowledge.Search;

/// <summary>A topic in one language as the scorer sees it: the analyzed terms of each phrasing and of the answer.</summary>
internal sealed class TopicProfile
{
    public TopicProfile(KnowledgeTopic topic, IReadOnlyList<IReadOnlySet<string>> phrasings, IReadOnlySet<string> answer)
    {
        Topic = topic;
        Phrasings = phrasings;
        Answer = answer;
        var all = new HashSet<string>(answer, StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrasing in phrasings)
        {
            all.UnionWith(phrasing);
            asked.UnionWith(phrasing);
        }

        AllTerms = all;
        AskedTerms = asked;
    }

    public KnowledgeTopic Topic { get; }

    public IReadOnlyList<IReadOnlySet<string>> Phrasings { get; }

    public IReadOnlySet<string> Answer { get; }

    /// <summary>Every term of every phrasing: partners combine words from different phrasings in one question.</summary>
    public IReadOnlySet<string> AskedTerms { get; }

    public IReadOnlySet<string> AllTerms { get; }

    /// <summary>The phrasings weighed by the index's vocabulary; set once by the index that owns this profile.</summary>
    public WeightedPhrasing[] WeightedPhrasings { get; private set; } = [];

    /// <summary><see cref="AskedTerms"/> as vocabulary numbers; set with <see cref="WeightedPhrasings"/>.</summary>
    public int[] AskedIds { get; private set; } = [];

    /// <summary>
    /// Per term of <see cref="AskedIds"/>, the phrasings that use it, one bit each (bit i for phrasing i): reading
    /// the asked terms tells the scorer which phrasings share a term with the question, so it compares only those.
    /// Null when the topic has more phrasings than bits.
    /// </summary>
    public ulong[]? PhrasingsOfAsked { get; private set; }

    /// <summary>The idf of each term of <see cref="AskedIds"/>, in the same order (as each phrasing weighs it).</summary>
    public double[] AskedIdf { get; private set; } = [];

    /// <summary><see cref="Answer"/> as vocabulary numbers; set with <see cref="WeightedPhrasings"/>.</summary>
    public int[] AnswerIds { get; private set; } = [];

    /// <summary>The most phrasings <see cref="PhrasingsOfAsked"/> has bits for.</summary>
    public const int MaxMaskedPhrasings = 64;

    public void Weigh(TermVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        WeightedPhrasings = [.. Phrasings.Select(p => new WeightedPhrasing(p, vocabulary))];
        AskedIds = [.. AskedTerms.Select(vocabulary.IdOf)];
        AskedIdf = [.. AskedTerms.Select(vocabulary.Idf)];
        PhrasingsOfAsked = Phrasings.Count <= MaxMaskedPhrasings ? [.. AskedTerms.Select(PhrasingsUsing)] : null;
        AnswerIds = [.. Answer.Select(vocabulary.IdOf)];
    }

    private ulong PhrasingsUsing(string term)
    {
        var phrasings = 0UL;
        for (var i = 0; i < Phrasings.Count; i++)
        {
            if (Phrasings[i].Contains(term))
            {
                phrasings |= 1UL << i;
            }
        }

        return phrasings;
    }
}
