using System.Globalization;
using BotKit.Schema;

namespace LearningPartnerBot.Localization;

/// <summary>Chooses the language to answer an activity in.</summary>
public static class LocaleResolver
{
    private const string ClientInfoEntityType = "clientInfo";

    /// <summary>
    /// The activity's locale, else the clientInfo entity's locale (Teams sends the user's UI language there,
    /// and some events carry no activity locale at all), else English.
    /// </summary>
    public static CultureInfo Resolve(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SupportedLocales.Match(activity.Locale)
            ?? SupportedLocales.Match(ClientInfoLocale(activity))
            ?? SupportedLocales.Default;
    }

    private static string? ClientInfoLocale(Activity activity) =>
        activity.Entities?
            .Where(e => string.Equals(e.Type, ClientInfoEntityType, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.GetString("locale"))
            .FirstOrDefault(locale => locale is not null);
}
