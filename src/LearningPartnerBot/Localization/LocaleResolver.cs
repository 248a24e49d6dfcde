using System.Globalization;
using BotKit.Schema;

namespace LearningPartnerBot.Localization;

/// <summary>Chooses the language to answer an activity in.</summary>
public static class LocaleResolver
{
    /// <summary>
    /// The first supported language among the locales the activity states (see <see cref="Activity.GetLocaleCandidates"/>),
    /// else English. BotKit's prompts read the same candidates, so menus, retries and numbers agree on one language.
    /// </summary>
    public static CultureInfo Resolve(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // The activity's own locale comes first and nearly always is supported: read without enumerating the candidates.
        if (SupportedLocales.Match(activity.Locale) is { } stated)
        {
            return stated;
        }

        return activity.GetLocaleCandidates().Select(SupportedLocales.Match).FirstOrDefault(c => c is not null)
            ?? SupportedLocales.Default;
    }
}
