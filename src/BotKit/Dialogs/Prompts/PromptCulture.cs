using System.Globalization;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>Maps a channel locale (en-US, nl-BE, tr-TR…) to one of the languages BotKit's prompts speak.</summary>
public static class PromptCulture
{
    public const string English = "en";
    public const string Dutch = "nl";
    public const string Turkish = "tr";

    /// <summary>
    /// The first supported language the activity states (its locale, then clientInfo), else the prompt's default
    /// locale, else English: the user's own client language wins over the bot's default, as in the SDK.
    /// </summary>
    public static CultureInfo Resolve(Activity activity, string? defaultLocale = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var language = activity.GetLocaleCandidates().Select(MapToLanguage).FirstOrDefault(l => l is not null);
        return CultureInfo.GetCultureInfo(language ?? MapToLanguage(defaultLocale) ?? English);
    }

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
