namespace LearningPartnerBot.Knowledge.Import;

/// <summary>What the importer needs from a curated topic file: which article text it rests on, and when it was reviewed.</summary>
/// <param name="Hash">source.hash: the <see cref="SourceHash"/> of its sentences when last reviewed; null if never.</param>
public sealed record CuratedTopic(string Id, string FilePath, string? Anchor, IReadOnlySet<int> SentenceIds, string? Hash);
