namespace LearningPartnerBot.Knowledge;

/// <summary>The loaded knowledge base: the article it was curated from and its topics, in file-name order.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KnowledgeTopic> _byId;

    public KnowledgeBase(SourceArticle article, IReadOnlyList<KnowledgeTopic> topics)
    {
        Article = article ?? throw new ArgumentNullException(nameof(article));
        ArgumentNullException.ThrowIfNull(topics);
        Searchable = topics;
        Topics = [.. topics.Where(t => !t.IsOutOfScope)];
        _byId = Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public SourceArticle Article { get; }

    /// <summary>The topics the bot answers.</summary>
    public IReadOnlyList<KnowledgeTopic> Topics { get; }

    /// <summary>Everything the search compares a question with: the topics and the out-of-scope questions.</summary>
    public IReadOnlyList<KnowledgeTopic> Searchable { get; }

    /// <summary>An answerable topic by id; out-of-scope entries are never shown, so they are not found here.</summary>
    public KnowledgeTopic? Find(string? id) => id is not null && _byId.TryGetValue(id, out var topic) ? topic : null;

    /// <summary>The article section a topic rests on, in the partner's language.</summary>
    public Uri SourceLink(KnowledgeTopic topic, string language)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var page = Article.Url(language);
        return new Uri(page.GetLeftPart(UriPartial.Query) + "#" + topic.Source.Anchor);
    }
}

/// <summary>
/// The Microsoft Learn article the knowledge base is curated from: its title and address per language, and the date
/// it was last revised (its ms.date), which every answer names because the program has changed since.
/// </summary>
public sealed record SourceArticle(string Title, IReadOnlyDictionary<string, Uri> Urls)
{
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public DateOnly? Date { get; init; }

    public Uri Url(string language) =>
        Urls.TryGetValue(language, out var url) ? url : Urls[KnowledgeLanguages.Default];

    public string TitleIn(string language) =>
        Titles.TryGetValue(language, out var title) ? title : Title;
}
