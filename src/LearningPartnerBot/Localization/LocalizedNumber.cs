using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Localization;

/// <summary>
/// Amounts the way partners write and read them: "1,234.5" in English, "1.234,5" in Dutch and Turkish. The one
/// number format of every card, form and text the bot writes. Reading is stricter than decimal.Parse, which accepts
/// group separators anywhere: "1.5" from a Dutch partner is not 15, it is refused.
/// </summary>
public static partial class LocalizedNumber
{
    public static bool TryParse(string? text, CultureInfo culture, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(culture);
        value = 0;
        var trimmed = text?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        var (group, decimalSeparator) = Separators(culture);
        var pattern = $@"^(\d{{1,3}}(\{group}\d{{3}})+|\d+)(\{decimalSeparator}\d+)?$";
        if (!Regex.IsMatch(trimmed, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)))
        {
            return false;
        }

        var invariant = trimmed.Replace(group.ToString(), string.Empty, StringComparison.Ordinal).Replace(decimalSeparator, '.');
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An amount or count written for the partner, with at most two decimals and no trailing zeros.</summary>
    public static string Format(decimal value, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var (group, decimalSeparator) = Separators(culture);
        var format = new NumberFormatInfo { NumberGroupSeparator = group.ToString(), NumberDecimalSeparator = decimalSeparator.ToString() };
        return value.ToString("#,0.##", format);
    }

    /// <summary>The bot's languages: English groups with ',' and Dutch and Turkish with '.', whatever the OS's ICU data says.</summary>
    private static (char Group, char Decimal) Separators(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? (',', '.') : ('.', ',');
}
