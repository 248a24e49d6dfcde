namespace LearningPartnerBot.Knowledge.Import;

/// <summary>Compares curated topics' source.hash with the article's current English text.</summary>
public static class StaleTopicDetector
{
    /// <summary>
    /// The curated topics this article is the source of: their anchor is in it, or any of their sentence ids.
    /// Topics citing another article are none of this import's business.
    /// </summary>
    public static IReadOnlyList<CuratedTopic> TopicsFrom(LearnArticle article, IReadOnlyList<CuratedTopic> curated) =>
        [.. curated.Where(topic =>
            (topic.Anchor is not null && article.HasAnchor(topic.Anchor))
            || topic.SentenceIds.Any(article.Sentences.ContainsKey))];

    /// <summary>The topic's sentences as the article has them now, in id order; ids the article lacks are left out.</summary>
    public static SortedDictionary<int, string> CurrentEnglish(LearnArticle article, CuratedTopic topic)
    {
        var english = new SortedDictionary<int, string>();
        foreach (var id in topic.SentenceIds)
        {
            if (article.Sentences.TryGetValue(id, out var sentence))
            {
                english[id] = sentence.Text(ArticleLanguage.English);
            }
        }

        return english;
    }

    public static IReadOnlyList<StaleTopicReport> Detect(
        LearnArticle article, IReadOnlyList<CuratedTopic> curated, IReadOnlyDictionary<string, ReviewedText> reviewed)
    {
        var stale = new List<StaleTopicReport>();
        foreach (var topic in TopicsFrom(article, curated))
        {
            var current = CurrentEnglish(article, topic);
            var newHash = SourceHash.Compute(current.Values);
            if (string.Equals(topic.Hash, newHash, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The reviewed text only says what changed if it is the text the topic's hash was taken from.
            var baseline = topic.Hash is not null
                && reviewed.TryGetValue(topic.Id, out var text)
                && string.Equals(text.Hash, topic.Hash, StringComparison.OrdinalIgnoreCase)
                    ? text.Sentences
                    : null;
            stale.Add(new StaleTopicReport(topic.Id, article.Slug, topic.Hash, newHash, Changes(topic, current, baseline)));
        }

        return stale;
    }

    private static List<ChangedSentence> Changes(
        CuratedTopic topic, SortedDictionary<int, string> current, IReadOnlyDictionary<int, string>? baseline)
    {
        if (baseline is null)
        {
            return [.. current.Select(pair => new ChangedSentence(pair.Key, null, pair.Value))];
        }

        var changes = new List<ChangedSentence>();
        foreach (var id in topic.SentenceIds.Order())
        {
            var before = baseline.TryGetValue(id, out var previous) ? previous : null;
            var now = current.TryGetValue(id, out var text) ? text : null;
            var same = before is not null && now is not null
                && string.Equals(SourceHash.Normalize(before), SourceHash.Normalize(now), StringComparison.Ordinal);
            if (!same && (before ?? now) is not null)
            {
                changes.Add(new ChangedSentence(id, before, now));
            }
        }

        return changes;
    }
}
