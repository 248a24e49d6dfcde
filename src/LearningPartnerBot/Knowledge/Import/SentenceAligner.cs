using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Pairs each translated span (data-ttu-id) with the English lookup span (data-stu-id) that follows it, by the
/// ids' numeric suffix. Broken pairs keep whatever text exists and are reported, so one bad sentence never costs
/// the rest of the article.
/// </summary>
internal static partial class SentenceAligner
{
    public static IReadOnlyList<InlineSegment> Align(string line, int lineNumber, ICollection<ImportWarning> warnings)
    {
        var nodes = SpanMarkup.ParseLine(line, lineNumber, warnings);
        var segments = new List<InlineSegment>();
        for (var i = 0; i < nodes.Count; i++)
        {
            switch (nodes[i])
            {
                case string text:
                    segments.Add(new LiteralSegment(Decode(text)));
                    break;
                case SpanMarkup span when span.Attribute("data-ttu-id") is { } translatedId:
                    var lookupIndex = NextLookup(nodes, i + 1);
                    var lookup = lookupIndex < 0 ? null : (SpanMarkup)nodes[lookupIndex];
                    if (lookup is not null && SameId(translatedId, EnglishId(lookup)))
                    {
                        i = lookupIndex;
                    }
                    else
                    {
                        lookup = null;
                    }

                    segments.Add(Translated(span, translatedId, lookup, lineNumber, warnings));
                    break;
                case SpanMarkup span when IsLookup(span):
                    segments.Add(EnglishOnly(span, lineNumber, warnings));
                    break;
                case SpanMarkup other:
                    segments.Add(new LiteralSegment(Decode(other.InnerText())));
                    break;
            }
        }

        return segments;
    }

    private static InlineSegment Translated(
        SpanMarkup span, string rawId, SpanMarkup? lookup, int lineNumber, ICollection<ImportWarning> warnings)
    {
        var translated = Decode(span.InnerText());
        if (NumericId(rawId) is not { } id)
        {
            warnings.Add(new ImportWarning(lineNumber, $"sentence id '{rawId}' has no numeric suffix; its text is kept without an id"));
            return new LiteralSegment(translated);
        }

        if (span.HasNestedSpans)
        {
            warnings.Add(new ImportWarning(lineNumber, $"sentence {id}: nested markup in the translation was removed"));
        }

        string? english = null;
        if (lookup is null)
        {
            warnings.Add(new ImportWarning(lineNumber, $"sentence {id} has no English (sxs-lookup) span; the translation stands in for it"));
        }
        else
        {
            english = Decode(EnglishSpan(lookup)?.InnerText() ?? lookup.InnerText());
        }

        return new SentenceSegment(new ArticleSentence(id, translated, english));
    }

    private static InlineSegment EnglishOnly(SpanMarkup lookup, int lineNumber, ICollection<ImportWarning> warnings)
    {
        var english = Decode(EnglishSpan(lookup)?.InnerText() ?? lookup.InnerText());
        var rawId = EnglishId(lookup);
        if (NumericId(rawId) is not { } id)
        {
            warnings.Add(new ImportWarning(lineNumber, "an English (sxs-lookup) span has no usable id; its text is kept without an id"));
            return new LiteralSegment(english);
        }

        warnings.Add(new ImportWarning(lineNumber, $"sentence {id} has English but no translation; the English stands in for it"));
        return new SentenceSegment(new ArticleSentence(id, null, english));
    }

    /// <summary>The next node after optional whitespace, when it is an English lookup span; otherwise -1.</summary>
    private static int NextLookup(IReadOnlyList<object> nodes, int start)
    {
        for (var i = start; i < nodes.Count; i++)
        {
            switch (nodes[i])
            {
                case string text when string.IsNullOrWhiteSpace(text):
                    continue;
                case SpanMarkup span when IsLookup(span):
                    return i;
                default:
                    return -1;
            }
        }

        return -1;
    }

    private static bool IsLookup(SpanMarkup span) =>
        span.Attribute("class") is { } classes && classes.Split(' ').Contains("sxs-lookup", StringComparer.Ordinal)
        || span.Attribute("data-stu-id") is not null;

    private static SpanMarkup? EnglishSpan(SpanMarkup lookup) =>
        lookup.Attribute("data-stu-id") is not null
            ? lookup
            : lookup.Descendants().FirstOrDefault(span => span.Attribute("data-stu-id") is not null);

    private static string? EnglishId(SpanMarkup lookup) => EnglishSpan(lookup)?.Attribute("data-stu-id");

    private static bool SameId(string translatedId, string? englishId) =>
        englishId is not null && NumericId(translatedId) is { } id && NumericId(englishId) == id;

    private static int? NumericId(string? rawId)
    {
        var match = rawId is null ? Match.Empty : NumericSuffix().Match(rawId);
        return match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    private static string Decode(string text) => WebUtility.HtmlDecode(text);

    [GeneratedRegex(@"^\s*(?:[0-9A-Za-z]+-)?(\d{1,9})\s*$")]
    private static partial Regex NumericSuffix();
}
