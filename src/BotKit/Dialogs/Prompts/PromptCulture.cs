using System.Globalization;

namespace BotKit.Dialogs;

/// <summary>Maps a channel locale (en-US, nl-BE, tr-TR…) to one of the languages BotKit's prompts speak.</summary>
public static class PromptCulture
{
    public const string English = "en";
    public const string Dutch = "nl";
    public const string Turkish = "tr";

    /// <summary>
    /// The activity's language when supported, else the prompt's default locale, else English — the SDK's order, so a
    /// user's own client language wins over the bot's default.
    /// </summary>
    public static CultureInfo Resolve(string? activityLocale, string? defaultLocale = null) =>
        CultureInfo.GetCultureInfo(MapToLanguage(activityLocale) ?? MapToLanguage(defaultLocale) ?? English);

    /// <summary>"nl-BE" → "nl"; null for languages BotKit has no texts for.</summary>
    public static string? MapToLanguage(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var language = locale.Trim().Split('-', '_')[0].ToLowerInvariant();
        return language is English or Dutch or Turkish ? language : null;
    }
}
