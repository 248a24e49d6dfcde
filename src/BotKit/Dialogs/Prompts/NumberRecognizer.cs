using System.Globalization;
using System.Text.RegularExpressions;

namespace BotKit.Dialogs;

/// <summary>
/// Finds the first number in a message, read with the user's separators: "1,234.5" in English, "1.234,5" in Dutch and
/// Turkish. A lone separator that cannot be a thousands separator ("1.5" from a Dutch user) is read as the decimal
/// separator, since that is what people mean when they type it.
/// </summary>
internal static partial class NumberRecognizer
{
    public static bool TryRecognize(string? text, CultureInfo culture, out decimal value)
    {
        value = 0;
        var match = string.IsNullOrEmpty(text) ? Match.Empty : NumberToken().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var (decimalSeparator, groupSeparator) = culture.TwoLetterISOLanguageName == PromptCulture.English ? ('.', ',') : (',', '.');
        var digits = match.Groups["digits"].Value.TrimEnd('.', ','); // a sentence may end right after the number
        if (!TryParseDigits(digits, decimalSeparator, groupSeparator, out value))
        {
            return false;
        }

        if (match.Groups["sign"].Value is "-" or "−")
        {
            value = -value;
        }

        return true;
    }

    private static bool TryParseDigits(string digits, char decimalSeparator, char groupSeparator, out decimal value)
    {
        value = 0;
        var decimalAt = digits.IndexOf(decimalSeparator, StringComparison.Ordinal);
        var integerPart = decimalAt < 0 ? digits : digits[..decimalAt];
        var fraction = decimalAt < 0 ? string.Empty : digits[(decimalAt + 1)..];
        if (fraction.Contains(decimalSeparator, StringComparison.Ordinal) || fraction.Contains(groupSeparator, StringComparison.Ordinal))
        {
            return false;
        }

        if (integerPart.Contains(groupSeparator, StringComparison.Ordinal))
        {
            var groups = integerPart.Split(groupSeparator);
            if (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3))
            {
                integerPart = string.Concat(groups);
            }
            else if (decimalAt < 0 && groups.Length == 2 && groups.All(g => g.Length > 0))
            {
                (integerPart, fraction) = (groups[0], groups[1]);
            }
            else
            {
                return false;
            }
        }

        var invariant = fraction.Length == 0 ? integerPart : integerPart + "." + fraction;
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<sign>[-−+]?)(?<digits>\d[\d.,]*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberToken();
}
