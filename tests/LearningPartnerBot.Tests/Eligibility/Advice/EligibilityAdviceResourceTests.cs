using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartnerBot.Eligibility.Advice;

namespace LearningPartnerBot.Tests.Eligibility.Advice;

public partial class EligibilityAdviceResourceTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Every_text_exists_in_the_language_with_the_same_placeholders(string locale)
    {
        // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
        var translated = EligibilityAdvice.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(locale), createIfNotExists: true, tryParents: false);
        Assert.NotNull(translated);

        foreach (var (key, english) in NeutralTexts())
        {
            var text = translated.GetString(key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"'{key}' is missing in {locale}.");
            Assert.Equal(Placeholders(english), Placeholders(text));
        }
    }

    private static IEnumerable<(string Key, string Text)> NeutralTexts() =>
        EligibilityAdvice.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(e => ((string)e.Key, (string)e.Value!));

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
