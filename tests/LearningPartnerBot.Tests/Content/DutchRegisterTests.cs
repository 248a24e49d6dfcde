using System.Text.RegularExpressions;

namespace LearningPartnerBot.Tests.Content;

/// <summary>The bot addresses Dutch partners formally, with "u", in every string it can show.</summary>
public sealed partial class DutchRegisterTests
{
    [Fact]
    public void No_Dutch_string_the_bot_shows_says_je_jij_or_jouw()
    {
        var informal = PartnerTexts.Shown("nl")
            .Where(t => !t.Where.EndsWith("Phrases", StringComparison.Ordinal) && !t.Where.EndsWith("Words", StringComparison.Ordinal))
            .Where(t => Informal().IsMatch(t.Text))
            .Select(t => $"{t.Where}: '{Informal().Match(t.Text).Value}' in: {t.Text}")
            .ToList();

        Assert.True(informal.Count == 0, string.Join(Environment.NewLine, informal));
    }

    [Fact]
    public void The_Dutch_strings_do_address_the_partner_with_u()
    {
        Assert.Contains(PartnerTexts.Shown("nl"), t => Formal().IsMatch(t.Text));
    }

    [GeneratedRegex(@"\b(je|jij|jou|jouw|jullie|jezelf|joun)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Informal();

    [GeneratedRegex(@"\b(u|uw)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Formal();
}
