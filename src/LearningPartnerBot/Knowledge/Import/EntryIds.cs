using System.Security.Cryptography;
using System.Text;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Short kebab-case ids for imported entries, derived from the article's anchors only (never from position or
/// translation), so re-importing a changed article keeps the ids of unchanged sections. FAQ anchors are whole
/// questions; the id keeps their first content words.
/// </summary>
public static class EntryIds
{
    private const int MaxWords = 6;
    private const int HashLength = 6;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "am", "an", "and", "are", "as", "at", "be", "between", "by", "can", "case", "could", "do",
        "does", "for", "from", "i", "if", "in", "into", "is", "it", "my", "of", "on", "or", "our", "should", "the",
        "there", "this", "to", "under", "we", "will", "with", "you", "your",
    };

    /// <summary>
    /// Maps each anchor to its id. When two anchors shorten to the same id, both get a suffix from a hash of their
    /// full anchor, so the result does not depend on which one came first.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ForAnchors(IEnumerable<string> anchors)
    {
        var shortened = anchors.Distinct(StringComparer.Ordinal).ToDictionary(a => a, Shorten, StringComparer.Ordinal);
        var collisions = shortened.GroupBy(pair => pair.Value, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .SelectMany(group => group.Select(pair => pair.Key))
            .ToHashSet(StringComparer.Ordinal);
        return shortened.ToDictionary(
            pair => pair.Key,
            pair => collisions.Contains(pair.Key) ? $"{pair.Value}-{AnchorHash(pair.Key)}" : pair.Value,
            StringComparer.Ordinal);
    }

    public static string Shorten(string anchor)
    {
        var words = anchor.ToLowerInvariant()
            .Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .ToList();
        if (words is ["q", ..])
        {
            words.RemoveAt(0);
        }

        var content = words.Where(word => !StopWords.Contains(word)).ToList();
        var chosen = (content.Count > 0 ? content : words).Take(MaxWords).ToList();
        return chosen.Count > 0 ? string.Join('-', chosen) : "entry-" + AnchorHash(anchor);
    }

    private static string AnchorHash(string anchor) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(anchor)))[..HashLength];
}
