namespace LearningPartnerBot.Knowledge;

/// <summary>The languages the knowledge base is written in, as two-letter codes (the keys of topic files).</summary>
public static class KnowledgeLanguages
{
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["en", "nl", "tr"];
}
