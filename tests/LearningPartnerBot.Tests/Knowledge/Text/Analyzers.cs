using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Text;

/// <summary>Analyzers as the bot builds them (with the shipped kb/synonyms.yaml) or without synonyms.</summary>
internal static class Analyzers
{
    public static readonly string SynonymsPath = Path.Combine(AppContext.BaseDirectory, "kb", "synonyms.yaml");

    private static readonly Lazy<SynonymTable> ShippedSynonyms = new(() => SynonymTable.Load(SynonymsPath));

    public static SynonymTable Synonyms => ShippedSynonyms.Value;

    public static TextAnalyzer For(string language) => TextAnalyzer.Create(language, Synonyms);

    public static TextAnalyzer WithoutSynonyms(string language) => TextAnalyzer.Create(language, SynonymTable.Empty);

    public static IReadOnlyList<string> Terms(string language, string text) => For(language).Analyze(text);
}
