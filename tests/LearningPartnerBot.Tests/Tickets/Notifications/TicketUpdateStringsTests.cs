using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Notifications;

namespace LearningPartnerBot.Tests.Tickets.Notifications;

public sealed partial class TicketUpdateStringsTests
{
    public static TheoryData<string> TranslatedLocales => ["nl", "tr"];

    [Theory]
    [MemberData(nameof(TranslatedLocales))]
    public void Every_string_exists_in_the_translation_with_the_same_placeholders(string locale)
    {
        // tryParents: false reads the satellite assembly alone, so a missing key is not hidden by the English fallback.
        var translated = TicketUpdateStrings.ResourceManager.GetResourceSet(CultureInfo.GetCultureInfo(locale), createIfNotExists: true, tryParents: false);
        Assert.NotNull(translated);
        var neutral = TicketUpdateStrings.ResourceManager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToList();

        Assert.NotEmpty(neutral);
        foreach (var entry in neutral)
        {
            var text = translated.GetString((string)entry.Key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"'{entry.Key}' is missing in {locale}.");
            Assert.Equal(Placeholders((string)entry.Value!), Placeholders(text));
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("tr")]
    public void Every_status_has_a_name_in_every_language(string locale)
    {
        var strings = new TicketUpdateStrings(CultureInfo.GetCultureInfo(locale));

        var names = Enum.GetValues<TicketStatus>().Select(strings.StatusName).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }

    private static List<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
