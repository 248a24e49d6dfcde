namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// A candidate answer: the topic, its confidence in [0, 1], and the raw bm25 it was found with. A value, not an
/// object: every search returns several, and each would be one more object per question.
/// </summary>
public readonly record struct ScoredTopic(KnowledgeTopic Topic, double Score, double Bm25);
