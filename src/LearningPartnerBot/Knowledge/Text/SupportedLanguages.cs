namespace LearningPartnerBot.Knowledge.Text;

/// <summary>The languages the knowledge base is written in, as two-letter codes.</summary>
public static class SupportedLanguages
{
    public static IReadOnlyList<string> All { get; } = ["en", "nl", "tr"];

    /// <summary>"en", "NL", "tr-TR" → "en", "nl", "tr"; null for anything else.</summary>
    public static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        var code = language.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        if (dash >= 0)
            code = code[..dash];
        code = code.ToLowerInvariant();
        return All.Contains(code) ? code : null;
    }
}
