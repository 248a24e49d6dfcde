using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Tests.Localization;

public partial class BotStringsTests
{
    public static TheoryData<string> TranslatedLocales => ["nl", "tr"];

    [Theory]
    [MemberData(nameof(TranslatedLocales))]
    public void Every_string_is_translated(string locale)
    {
        // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
        var translated = BotStrings.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(locale), createIfNotExists: true, tryParents: false);
        Assert.NotNull(translated);

        foreach (var (key, english) in NeutralStrings())
        {
            var text = translated.GetString(key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"'{key}' is missing in {locale}.");
            Assert.NotEqual(english, text);
        }
    }

    [Theory]
    [MemberData(nameof(TranslatedLocales))]
    public void Translations_keep_the_format_placeholders(string locale)
    {
        var culture = CultureInfo.GetCultureInfo(locale);
        foreach (var (key, english) in NeutralStrings())
        {
            var translated = BotStrings.ResourceManager.GetString(key, culture)!;
            Assert.Equal(Placeholders(english), Placeholders(translated));
        }
    }

    [Fact]
    public void Every_resource_key_has_a_typed_accessor_and_every_accessor_a_key()
    {
        var accessors = typeof(BotStrings).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name)
            .Concat(typeof(BotStrings).GetMethods().Where(m => m.ReturnType == typeof(string) && m.DeclaringType == typeof(BotStrings) && !m.IsSpecialName).Select(m => m.Name))
            .Order();

        Assert.Equal(NeutralStrings().Select(s => s.Key).Order(), accessors);
    }

    [Theory]
    [InlineData("en", "What would you like to do?")]
    [InlineData("nl", "Wat wilt u doen?")]
    [InlineData("tr", "Ne yapmak istersiniz?")]
    public void Accessor_returns_the_text_of_its_culture(string locale, string expected)
    {
        Assert.Equal(expected, BotStrings.Get(CultureInfo.GetCultureInfo(locale)).MenuPrompt);
    }

    [Fact]
    public void Formatted_strings_fill_in_their_arguments()
    {
        var turkish = BotStrings.Get(CultureInfo.GetCultureInfo("tr"));

        Assert.Equal("varsayılan: 42", turkish.ConsoleDefault("42"));
        Assert.Equal("Lütfen evet ya da hayır diye yanıtlayın.", turkish.ConsoleInvalidYesNo);
    }

    private static List<KeyValuePair<string, string>> NeutralStrings()
    {
        var neutral = BotStrings.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException("Neutral BotStrings resources are not embedded.");
        return neutral.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, string>((string)e.Key, (string)e.Value!)).ToList();
    }

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
