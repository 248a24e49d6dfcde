using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// Groups questions that ask the same thing in different words: each is read as the FAQ search reads it (stemmed,
/// stop words dropped, synonyms resolved), and joins the first group of its language whose first question shares
/// most of its terms. "How long is KPI data delayed?" and "kpi data delay" land together; a reviewer decides once.
/// </summary>
public sealed class QuestionGrouper(FaqIndex index)
{
    /// <summary>Terms shared over terms in either (Jaccard) at or above which two questions are the same question.</summary>
    public const double MinSimilarity = 0.5;

    /// <summary>The groups, largest first; <paramref name="items"/> are taken in order, so put the most typical first.</summary>
    public IReadOnlyList<IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, string> text, Func<T, string> language)
    {
        ArgumentNullException.ThrowIfNull(items);
        var groups = new List<(string Language, HashSet<string> Terms, string Key, List<T> Members)>();
        foreach (var item in items)
        {
            var lang = language(item);
            var key = TopicAlternateKey(text(item));
            var terms = index.Terms(text(item), lang).ToHashSet(StringComparer.Ordinal);
            var home = groups.FindIndex(g => g.Language == lang && (g.Key == key || Similarity(g.Terms, terms) >= MinSimilarity));
            if (home < 0)
            {
                groups.Add((lang, terms, key, [item]));
            }
            else
            {
                groups[home].Members.Add(item);
            }
        }

        return [.. groups.Select(g => (IReadOnlyList<T>)g.Members).OrderByDescending(g => g.Count)];
    }

    /// <summary>Questions without any search term (emoji, "???") only group with the same text.</summary>
    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    private static string TopicAlternateKey(string text) => Import.TopicAlternateEditor.OneLine(text).ToUpperInvariant();
}
