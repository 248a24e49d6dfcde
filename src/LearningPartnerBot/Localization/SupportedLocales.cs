using System.Collections.Concurrent;
using System.Globalization;

namespace LearningPartnerBot.Localization;

/// <summary>The languages the bot speaks. Every user-facing string exists in each of them.</summary>
public static class SupportedLocales
{
    public static CultureInfo Default { get; } = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<CultureInfo> All { get; } =
    [
        Default,
        CultureInfo.GetCultureInfo("nl"),
        CultureInfo.GetCultureInfo("tr"),
    ];

    /// <summary>
    /// The supported language a BCP-47 tag belongs to ("nl-BE" → nl), or null when the tag is empty,
    /// malformed or in a language we don't support, so callers can try the next source.
    /// </summary>
    public static CultureInfo? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        if (Matched.TryGetValue(tag, out var known))
        {
            return known;
        }

        var match = Lookup(tag);
        if (Volatile.Read(ref _rememberedTags) < MaxRememberedTags && Matched.TryAdd(tag, match))
        {
            Interlocked.Increment(ref _rememberedTags);
        }

        return match;
    }

    /// <summary>
    /// Tags already looked up: a predefined-only culture lookup asks ICU every time, and each turn resolves its locale
    /// several times. Channels send a handful of tags; a caller inventing new ones is looked up each time, not remembered.
    /// </summary>
    private static readonly ConcurrentDictionary<string, CultureInfo?> Matched = new(StringComparer.Ordinal);

    private const int MaxRememberedTags = 256;

    private static int _rememberedTags;

    private static CultureInfo? Lookup(string tag)
    {
        CultureInfo culture;
        try
        {
            // Some channels send POSIX-style tags ("nl_NL").
            culture = CultureInfo.GetCultureInfo(tag.Trim().Replace('_', '-'), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }

        return All.FirstOrDefault(supported =>
            string.Equals(supported.TwoLetterISOLanguageName, culture.TwoLetterISOLanguageName, StringComparison.OrdinalIgnoreCase));
    }
}
