using System.Collections;
using System.Globalization;
using System.Resources;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Tests.Requests;

public sealed class CountriesTests
{
    // ISO 3166-1 has 249 officially assigned alpha-2 codes; fewer means a partner's country may be missing.
    private const int AssignedIsoCodes = 249;

    public static TheoryData<string> Locales => ["", "nl", "tr"];

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_locale_lists_the_same_249_two_letter_codes(string locale)
    {
        var keys = OwnKeys(CultureInfo.GetCultureInfo(locale));

        Assert.Equal(AssignedIsoCodes, keys.Count);
        Assert.All(keys, key => Assert.Matches("^[A-Z]{2}$", key));
        Assert.Equal(Countries.Codes, keys);
    }

    [Theory]
    [InlineData("DE", "Germany", "Duitsland", "Almanya")]
    [InlineData("NL", "Netherlands", "Nederland", "Hollanda")]
    [InlineData("TR", "Türkiye", "Turkije", "Türkiye")]
    [InlineData("US", "United States", "Verenigde Staten", "Amerika Birleşik Devletleri")]
    [InlineData("GB", "United Kingdom", "Verenigd Koninkrijk", "Birleşik Krallık")]
    [InlineData("JP", "Japan", "Japan", "Japonya")]
    [InlineData("CI", "Côte d'Ivoire", "Ivoorkust", "Fildişi Sahili")]
    [InlineData("RU", "Russia", "Rusland", "Rusya")]
    public void Well_known_countries_carry_their_own_name_in_each_language(string code, string english, string dutch, string turkish)
    {
        Assert.Equal(english, Countries.Name(code, CultureInfo.InvariantCulture));
        Assert.Equal(dutch, Countries.Name(code, CultureInfo.GetCultureInfo("nl")));
        Assert.Equal(turkish, Countries.Name(code, CultureInfo.GetCultureInfo("tr")));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void No_two_countries_share_a_name_so_the_choice_list_is_unambiguous(string locale)
    {
        var names = Countries.InOrder(CultureInfo.GetCultureInfo(locale)).Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static List<string> OwnKeys(CultureInfo culture)
    {
        // tryParents: false reads only this locale's resources, so an English fallback cannot hide a missing code.
        var set = Countries.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException($"Countries resources for '{culture.Name}' are not embedded.");
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }
}
