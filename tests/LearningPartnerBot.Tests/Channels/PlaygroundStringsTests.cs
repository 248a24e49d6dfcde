using System.Collections;
using System.Globalization;
using LearningPartnerBot.Channels.Playground;

namespace LearningPartnerBot.Tests.Channels;

public sealed class PlaygroundStringsTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Every_page_string_is_translated(string locale)
    {
        // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
        var translated = PlaygroundStrings.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(locale), createIfNotExists: true, tryParents: false);
        var neutral = PlaygroundStrings.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);

        Assert.NotNull(translated);
        foreach (DictionaryEntry entry in neutral!)
        {
            var text = translated.GetString((string)entry.Key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"'{entry.Key}' is missing in {locale}.");
            Assert.NotEqual(entry.Value, text);
        }
    }

    [Fact]
    public void Every_accessor_has_a_resource()
    {
        var strings = new PlaygroundStrings(CultureInfo.GetCultureInfo("en"));

        foreach (var property in typeof(PlaygroundStrings).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)property.GetValue(strings)), property.Name);
        }
    }
}
