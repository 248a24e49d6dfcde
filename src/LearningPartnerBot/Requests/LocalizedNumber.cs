using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Requests;

/// <summary>
/// Reads an amount the way the partner writes it: "1,234.50" in English, "1.234,50" in Dutch and Turkish. Stricter than
/// decimal.Parse, which accepts group separators anywhere: "1.5" from a Dutch partner is not 15, it is refused.
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

    /// <summary>An amount written for the partner, e.g. as an example in an error message or beside stored values.</summary>
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
