using System.Globalization;

namespace LearningPartnerBot.Localization;

/// <summary>
/// The supported language a caller prefers, from Accept-Language by quality (q=0 means "not this one"); English when
/// none matches. The one reading of Accept-Language for every page and API of the bot.
/// </summary>
internal static class RequestCulture
{
    public static CultureInfo From(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(language => language.Quality ?? 1)
            .Where(language => language.Quality is not 0)
            .Select(language => SupportedLocales.Match(language.Value.Value))
            .FirstOrDefault(culture => culture is not null)
        ?? SupportedLocales.Default;
}
