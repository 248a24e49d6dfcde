namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// A curated topic whose source text may no longer match what it says: the article's English for its sentences
/// hashes differently from the topic's source.hash, or the topic was never reviewed (no hash).
/// </summary>
/// <param name="Article">Slug of the article the new text comes from.</param>
/// <param name="OldHash">The topic's source.hash; null when it was never reviewed.</param>
/// <param name="NewHash">The hash of the article's current text; writing it into the topic marks it reviewed.</param>
/// <param name="ChangedSentences">The sentences whose English differs from the last reviewed text; all of them when that text is unknown.</param>
public sealed record StaleTopicReport(
    string TopicId,
    string Article,
    string? OldHash,
    string NewHash,
    IReadOnlyList<ChangedSentence> ChangedSentences)
{
    public bool NeverReviewed => OldHash is null;
}

/// <summary>
/// One source sentence of a stale topic. Previous is the English last reviewed (null when unknown or the
/// sentence is new); Current is the English now (null when the sentence is gone from the article).
/// </summary>
public sealed record ChangedSentence(int Id, string? Previous, string? Current);
