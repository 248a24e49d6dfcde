using System.Globalization;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Eligibility.Api;

/// <summary>The supported language a caller prefers, from Accept-Language by quality; English when none matches.</summary>
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
