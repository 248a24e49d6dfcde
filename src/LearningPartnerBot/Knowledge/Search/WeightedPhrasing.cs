namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// A phrasing's terms with their idf, weighed once when the index is built: the scorer asks how much of every
/// phrasing of every candidate a question says, and the idf depends only on the knowledge base.
/// The terms keep the phrasing set's order, so sums come out to the same bits as when they were added up per question.
/// </summary>
internal sealed class WeightedPhrasing
{
    public WeightedPhrasing(IReadOnlySet<string> phrasing, TermVocabulary vocabulary)
    {
        Terms = [.. phrasing];
        Ids = [.. Terms.Select(vocabulary.IdOf)];
        Idf = [.. Terms.Select(vocabulary.Idf)];
        foreach (var idf in Idf)
        {
            TotalIdf += idf;
        }
    }

    public string[] Terms { get; }

    /// <summary>The terms' vocabulary numbers, in the same order.</summary>
    public int[] Ids { get; }

    public double[] Idf { get; }

    public double TotalIdf { get; }
}
