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
