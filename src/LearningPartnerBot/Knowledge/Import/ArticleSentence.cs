namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// One translation unit of a localized Learn article: the numeric suffix of its data-ttu-id/data-stu-id
/// (the id curated topics cite), the translated text and the English original. Either text may be missing
/// when the markup is broken; renderers then fall back to the other so no content silently disappears.
/// </summary>
public sealed record ArticleSentence(int Id, string? Translated, string? English)
{
    public string Text(ArticleLanguage language) => language == ArticleLanguage.English
        ? English ?? Translated ?? string.Empty
        : Translated ?? English ?? string.Empty;
}

/// <summary>Which side of a bilingual article to render.</summary>
public enum ArticleLanguage
{
    Translated,
    English,
}
