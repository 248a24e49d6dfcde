namespace LearningPartnerBot.Knowledge.Search;

/// <summary>The key word or ending of an out-of-scope entry that a question used, deciding it is out of scope.</summary>
public sealed record OutOfScopeKey(string TopicId, string Key);
