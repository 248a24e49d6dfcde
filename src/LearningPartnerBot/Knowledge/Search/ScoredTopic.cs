namespace LearningPartnerBot.Knowledge.Search;

/// <summary>A candidate answer: the topic, its confidence in [0, 1], and the raw bm25 it was found with.</summary>
public sealed record ScoredTopic(KnowledgeTopic Topic, double Score, double Bm25);
