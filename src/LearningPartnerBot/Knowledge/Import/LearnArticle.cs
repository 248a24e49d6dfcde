namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// A localized Microsoft Learn article split the way the knowledge base uses it: the text under the title,
/// the `##` sections, and the Q&amp;A pairs (`### Q.` headings) inside them.
/// </summary>
/// <param name="ContentLocale">The front matter's ms.contentlocale, e.g. "nl-NL".</param>
/// <param name="Language">The bot language it maps to, e.g. "nl".</param>
/// <param name="Sentences">Every sentence by id (the first occurrence when an id repeats).</param>
public sealed record LearnArticle(
    string ContentLocale,
    string Language,
    ArticleSection Introduction,
    IReadOnlyList<ArticleSection> Sections,
    IReadOnlyDictionary<int, ArticleSentence> Sentences,
    IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>The H1 anchor: stable across languages, so it names the article's imported files.</summary>
    public string Slug => Introduction.Block.Anchor;

    public IEnumerable<ArticleBlock> Questions => new[] { Introduction }.Concat(Sections).SelectMany(s => s.Questions);

    /// <summary>Every block in document order.</summary>
    public IEnumerable<ArticleBlock> Blocks =>
        new[] { Introduction }.Concat(Sections).SelectMany(s => new[] { s.Block }.Concat(s.Questions));

    public bool HasAnchor(string anchor) => Blocks.Any(b => string.Equals(b.Anchor, anchor, StringComparison.Ordinal));
}

/// <summary>A `##` section (or the text under the title) with the Q&amp;A pairs that appear in it.</summary>
public sealed record ArticleSection(ArticleBlock Block, IReadOnlyList<ArticleBlock> Questions);

public enum ArticleBlockKind
{
    Introduction,
    Section,
    Question,
}

/// <summary>A heading and the lines under it up to the next heading that starts a new block.</summary>
public sealed record ArticleBlock(ArticleBlockKind Kind, string Anchor, ArticleLine Heading, IReadOnlyList<ArticleLine> Body)
{
    public IEnumerable<ArticleSentence> Sentences => Heading.Sentences.Concat(Body.SelectMany(line => line.Sentences));

    /// <summary>The heading text; for a Q&amp;A pair without its "Q." / "V." / "S." marker.</summary>
    public string Title(ArticleLanguage language)
    {
        var heading = Heading.Render(language).Trim();
        return Kind == ArticleBlockKind.Question ? QuestionMarker.Strip(heading) : heading;
    }

    public string BodyText(ArticleLanguage language) => MarkdownText.Join(Body, language);
}
