namespace LearningPartnerBot.Knowledge.Import;

/// <summary>One question and answer taken from the article, in one language.</summary>
/// <param name="Kind">"introduction", "section" or "qa": where in the article it came from.</param>
/// <param name="CuratedBy">The curated topic that already covers some of these sentences: the entry is then not offered on its own.</param>
public sealed record ImportedEntry(
    string Id,
    string Kind,
    string Question,
    string Answer,
    string Anchor,
    IReadOnlyList<int> SentenceIds,
    string? CuratedBy);

/// <summary>The contents of kb/imported/&lt;slug&gt;.&lt;language&gt;.yaml.</summary>
public sealed record ImportedArticle(
    string Slug,
    string Language,
    string ContentLocale,
    string Title,
    IReadOnlyList<ImportedEntry> Entries);
