using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartnerBot.Channels.Teams;

namespace LearningPartnerBot.Tests.Channels.Teams;

public sealed partial class SharedConversationStringsTests
{
    private static List<DictionaryEntry> Entries(CultureInfo culture) =>
        // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
        [.. SharedConversationStrings.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()];

    [Theory]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Every_shared_conversation_string_exists_in_the_language_itself(string locale)
    {
        var translated = Entries(CultureInfo.GetCultureInfo(locale)).ToDictionary(e => (string)e.Key, e => (string?)e.Value);

        var keys = Entries(CultureInfo.InvariantCulture).Select(e => (string)e.Key).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.False(string.IsNullOrWhiteSpace(translated.GetValueOrDefault(key)), $"'{key}' is missing in {locale}."));
    }

    [Fact]
    public void Dutch_addresses_the_partner_formally()
    {
        var informal = Entries(CultureInfo.GetCultureInfo("nl")).Where(e => Informal().IsMatch((string)e.Value!)).Select(e => e.Key);

        Assert.Empty(informal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void The_link_to_the_personal_chat_is_placed_in_every_language(string locale)
    {
        var text = SharedConversationStrings.Get(CultureInfo.GetCultureInfo(locale)).OpenPersonalChat("https://teams.microsoft.com/l/chat/0/0?users=28%3Abot");

        Assert.Contains("](https://teams.microsoft.com/l/chat/0/0?users=28%3Abot)", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(je|jij|jou|jouw)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Informal();
}
