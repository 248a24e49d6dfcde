namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Turns an article into entries for one language. The question of a Q&amp;A pair is its heading without the
/// "Q." marker; a section's question is its title as written (e.g. "Enroll with the Learning Action Pack"):
/// the titles already name the task, and a templated "What about …?" would need its own translations and read
/// worse. The introduction's question is the article title. Blocks without body text (a heading that only
/// introduces Q&amp;A pairs) have nothing to answer with and give no entry.
/// </summary>
public static class ImportedEntryBuilder
{
    public static ImportedArticle Build(LearnArticle article, string language, IReadOnlyList<CuratedTopic> curated)
    {
        var side = string.Equals(language, "en", StringComparison.Ordinal) ? ArticleLanguage.English : ArticleLanguage.Translated;
        var ids = EntryIds.ForAnchors(article.Blocks.Select(block => block.Anchor));
        var entries = new List<ImportedEntry>();
        foreach (var block in article.Blocks)
        {
            var answer = block.BodyText(side);
            if (answer.Length == 0)
            {
                continue;
            }

            var sentenceIds = block.Sentences.Select(sentence => sentence.Id).Distinct().Order().ToList();
            entries.Add(new ImportedEntry(
                ids[block.Anchor],
                KindName(block.Kind),
                block.Title(side),
                answer,
                block.Anchor,
                sentenceIds,
                CuratingTopic(sentenceIds, curated)));
        }

        var title = article.Introduction.Block.Title(side);
        return new ImportedArticle(article.Slug, language, article.ContentLocale, title, entries);
    }

    /// <summary>The curated topic sharing the most sentences with the entry (the lowest id on a tie), if any.</summary>
    private static string? CuratingTopic(IReadOnlyList<int> sentenceIds, IReadOnlyList<CuratedTopic> curated) =>
        curated
            .Select(topic => (topic.Id, Shared: sentenceIds.Count(topic.SentenceIds.Contains)))
            .Where(candidate => candidate.Shared > 0)
            .OrderByDescending(candidate => candidate.Shared)
            .ThenBy(candidate => candidate.Id, StringComparer.Ordinal)
            .Select(candidate => candidate.Id)
            .FirstOrDefault();

    private static string KindName(ArticleBlockKind kind) => kind switch
    {
        ArticleBlockKind.Introduction => "introduction",
        ArticleBlockKind.Question => "qa",
        _ => "section",
    };
}
