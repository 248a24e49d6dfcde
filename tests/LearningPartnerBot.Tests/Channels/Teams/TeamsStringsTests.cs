using System.Collections;
using System.Globalization;
using System.Resources;
using LearningPartnerBot.Channels.Teams;

namespace LearningPartnerBot.Tests.Channels.Teams;

public sealed class TeamsStringsTests
{
    [Theory]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Every_teams_string_exists_in_the_language_itself(string locale)
    {
        // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
        var neutral = TeamsStrings.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var translated = TeamsStrings.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(locale), createIfNotExists: true, tryParents: false)!;

        var keys = neutral.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(translated.GetString(key)), $"'{key}' is missing in {locale}."));
    }

    [Fact]
    public void Every_member_reads_a_resource()
    {
        var strings = TeamsStrings.Get(CultureInfo.GetCultureInfo("tr"));
        var texts = typeof(TeamsStrings).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => (string)p.GetValue(strings)!);

        Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
    }
}
