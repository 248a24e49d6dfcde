using System.Collections;
using System.Globalization;
using System.Resources;

namespace LearningPartnerBot.Requests;

/// <summary>
/// The countries a directory listing can name: all 249 officially assigned ISO 3166-1 alpha-2 codes with their
/// common short names in en/nl/tr from Requests/Countries*.resx. The full list, not a curated one, so a partner
/// in a country we did not foresee can still list themselves.
/// </summary>
public static class Countries
{
    internal static readonly ResourceManager ResourceManager =
        new("LearningPartnerBot.Requests.Countries", typeof(Countries).Assembly);

    public static IReadOnlyList<string> Codes { get; } =
    [
        .. (ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException("Requests/Countries.resx is not embedded."))
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal),
    ];

    public static bool IsKnown(string? code) => code is not null && Codes.Contains(code, StringComparer.Ordinal);

    public static string Name(string code, CultureInfo culture) =>
        ResourceManager.GetString(code, culture) ?? throw new ArgumentException($"'{code}' is not a listed country.", nameof(code));

    /// <summary>Every listed country as (code, localized name), in the culture's alphabetical order.</summary>
    public static IReadOnlyList<(string Code, string Name)> InOrder(CultureInfo culture) =>
    [
        .. Codes.Select(code => (code, Name(code, culture))).OrderBy(c => c.Item2, StringComparer.Create(culture, ignoreCase: true)),
    ];
}
