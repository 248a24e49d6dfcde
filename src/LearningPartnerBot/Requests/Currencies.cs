using System.Globalization;

namespace LearningPartnerBot.Requests;

/// <summary>
/// The currencies an invoice can be in: the ISO 4217 codes of currencies in circulation (no funds, metals or test
/// codes), offered as a list so "XYZ" cannot be filed. The partner's own currency and the ones partners in their
/// language most often invoice in come first; codes need no translation, so the list is the same in every language.
/// </summary>
public static class Currencies
{
    public static IReadOnlyList<string> Codes { get; } =
    [
        "AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BHD", "BIF", "BMD",
        "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP",
        "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
        "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
        "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD",
        "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN",
        "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB",
        "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL",
        "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS", "VES", "VND",
        "VUV", "WST", "XAF", "XCD", "XCG", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWG",
    ];

    /// <summary>Case-sensitive: the form posts the list's own values, and a typed "eur" is normalized before it is checked.</summary>
    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);

    /// <summary>
    /// Every code, the common ones for <paramref name="country"/> (ISO 3166-1 alpha-2, when known) and
    /// <paramref name="culture"/>'s language first, then the rest alphabetically.
    /// </summary>
    public static IReadOnlyList<string> InOrder(CultureInfo culture, string? country)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var common = new List<string>();
        if (OfCountry(country) is { } own)
        {
            common.Add(own);
        }

        common.AddRange(culture.TwoLetterISOLanguageName switch
        {
            "nl" => ["EUR", "USD", "GBP"],
            "tr" => ["TRY", "EUR", "USD"],
            _ => ["USD", "EUR", "GBP"],
        });
        var first = common.Distinct(StringComparer.Ordinal).ToList();
        return [.. first, .. Codes.Where(c => !first.Contains(c, StringComparer.Ordinal))];
    }

    /// <summary>The country's currency as the platform's region data knows it, if it is one on the list.</summary>
    public static string? OfCountry(string? country)
    {
        if (country is not { Length: 2 } || !country.All(char.IsAsciiLetter))
        {
            return null;
        }

        try
        {
            var code = new RegionInfo(country).ISOCurrencySymbol;
            return IsKnown(code) ? code : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
