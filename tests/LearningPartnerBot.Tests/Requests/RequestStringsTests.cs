using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using LearningPartnerBot.Requests;

namespace LearningPartnerBot.Tests.Requests;

public sealed partial class RequestStringsTests
{
    public static TheoryData<string> TranslatedLocales => ["nl", "tr"];

    [Theory]
    [MemberData(nameof(TranslatedLocales))]
    public void Every_string_and_country_exists_in_the_translation_with_the_same_placeholders(string locale)
    {
        foreach (var manager in new[] { RequestStrings.ResourceManager, Countries.ResourceManager })
        {
            // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
            var translated = manager.GetResourceSet(CultureInfo.GetCultureInfo(locale), createIfNotExists: true, tryParents: false);
            Assert.NotNull(translated);
            foreach (var (key, english) in Neutral(manager))
            {
                var text = translated.GetString(key);
                Assert.False(string.IsNullOrWhiteSpace(text), $"'{key}' is missing in {locale}.");
                Assert.Equal(Placeholders(english), Placeholders(text));
            }
        }
    }

    [Fact]
    public void Every_resource_key_has_a_typed_accessor_and_every_accessor_a_key()
    {
        var accessors = typeof(RequestStrings).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name)
            .Concat(typeof(RequestStrings).GetMethods()
                .Where(m => m.ReturnType == typeof(string) && m.DeclaringType == typeof(RequestStrings) && !m.IsSpecialName && m.Name is not ("Date" or "MonthYear" or "TypeName" or "StatusName"))
                .Select(m => m.Name))
            .Order();

        Assert.Equal(Neutral(RequestStrings.ResourceManager).Select(s => s.Key).Order(), accessors);
    }

    [Theory]
    [InlineData("en", "Netherlands", "March 15, 2026 to March 21, 2026; your listing should be visible by April 7, 2026.")]
    [InlineData("nl", "Nederland", "15 maart 2026 tot en met 21 maart 2026; uw vermelding zou uiterlijk 7 april 2026 zichtbaar moeten zijn.")]
    [InlineData("tr", "Hollanda", "15 Mart 2026 - 21 Mart 2026 güncellemesine girer; kaydınız en geç 7 Nisan 2026 tarihine kadar görünür olmalıdır.")]
    public void Countries_and_directory_dates_are_written_in_the_partners_language(string locale, string netherlands, string scheduleEnd)
    {
        var culture = CultureInfo.GetCultureInfo(locale);

        Assert.Equal(netherlands, Countries.Name("NL", culture));
        Assert.EndsWith(scheduleEnd, RequestStrings.Get(culture).DirectorySchedule(DirectoryUpdateSchedule.For(new DateOnly(2026, 3, 10))), StringComparison.Ordinal);
    }

    private static List<KeyValuePair<string, string>> Neutral(ResourceManager manager)
    {
        var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException("Neutral request resources are not embedded.");
        return [.. neutral.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, string>((string)e.Key, (string)e.Value!))];
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
