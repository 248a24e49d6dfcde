using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using LearningPartnerBot.Eligibility.Chat;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

public sealed partial class EligibilityChatStringsTests
{
    public static TheoryData<string> TranslatedLocales => ["nl", "tr"];

    [Theory]
    [MemberData(nameof(TranslatedLocales))]
    public void Every_string_exists_in_the_translation_with_the_same_placeholders(string locale)
    {
        // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
        var translated = EligibilityChatStrings.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(locale), createIfNotExists: true, tryParents: false);
        Assert.NotNull(translated);

        foreach (var (key, english) in NeutralStrings())
        {
            var text = translated.GetString(key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"'{key}' is missing in {locale}.");
            Assert.Equal(Placeholders(english), Placeholders(text));
        }
    }

    [Fact]
    public void Every_resource_key_has_a_typed_accessor_and_every_accessor_a_key()
    {
        var accessors = typeof(EligibilityChatStrings).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name)
            .Concat(typeof(EligibilityChatStrings).GetMethods()
                .Where(m => m.ReturnType == typeof(string) && m.DeclaringType == typeof(EligibilityChatStrings) && !m.IsSpecialName && m.Name is not ("Date" or "Month"))
                .Select(m => m.Name))
            .Order();

        Assert.Equal(NeutralStrings().Select(s => s.Key).Order(), accessors);
    }

    [Theory]
    [InlineData("en", "Checked on March 10, 2026 against the requirements of program year 2020.")]
    [InlineData("nl", "Gecontroleerd op 10 maart 2026 aan de hand van de vereisten van programmajaar 2020.")]
    [InlineData("tr", "10 Mart 2026 tarihinde, 2020 program yılının gereksinimlerine göre kontrol edildi.")]
    public void Dates_are_written_the_way_each_language_writes_them(string locale, string expected)
    {
        var strings = EligibilityChatStrings.Get(CultureInfo.GetCultureInfo(locale));

        Assert.Equal(expected, strings.CardCheckedOn(new DateOnly(2026, 3, 10), 2020));
    }

    private static List<KeyValuePair<string, string>> NeutralStrings()
    {
        var neutral = EligibilityChatStrings.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException("Neutral EligibilityChat resources are not embedded.");
        return [.. neutral.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, string>((string)e.Key, (string)e.Value!))];
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
