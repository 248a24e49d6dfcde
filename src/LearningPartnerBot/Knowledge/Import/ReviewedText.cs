namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// The English a curated topic's sentences had when its hash was accepted. A hash alone can only say that
/// something changed; keeping the text lets the stale report name the sentences that did and show both versions.
/// </summary>
public sealed record ReviewedText(string TopicId, string Hash, IReadOnlyDictionary<int, string> Sentences);
