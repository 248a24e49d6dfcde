using System.Globalization;
using LearningPartnerBot.Localization;

namespace LearningPartnerBot.Requests;

/// <summary>
/// Checks an amount a partner typed and names the actual problem: too long, written with the other language's decimal
/// separator ("12.5 — did you mean 12,5?" to a Dutch partner), or not a number of 0 or more at all.
/// </summary>
public static class AmountField
{
    /// <summary>Room for any KPI or revenue amount with separators; a longer value is a paste gone wrong.</summary>
    public const int MaxLength = 20;

    /// <summary>
    /// The card's client-side check: digits, separators and spaces only. It stops letters and minus signs before the
    /// card is sent, but leaves the separators to the server, which can say what it understood rather than just "no".
    /// </summary>
    public const string CardPattern = "^ *[0-9][0-9., ]*$";

    /// <summary>The problem with <paramref name="raw"/> (trimmed, non-empty), or null when it is an amount in the partner's format.</summary>
    public static string? Problem(string raw, RequestStrings strings)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(strings);
        var culture = strings.Culture;
        if (raw.Length > MaxLength)
        {
            return strings.ErrorTooLong(MaxLength);
        }

        if (LocalizedNumber.TryParse(raw, culture, out _))
        {
            return null;
        }

        if (OtherLanguageReading(raw, culture) is { } meant)
        {
            return strings.ErrorDecimalSeparator(raw, meant);
        }

        return strings.ErrorNumber(LocalizedNumber.Format(1234.5m, culture));
    }

    /// <summary>
    /// <paramref name="raw"/> as the partner's language writes it, when it is a number only in the other format (English
    /// vs Dutch/Turkish): the two separators trade places, keeping every digit the partner typed.
    /// </summary>
    public static string? OtherLanguageReading(string raw, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var other = CultureInfo.GetCultureInfo(culture.TwoLetterISOLanguageName == "en" ? "nl" : "en");
        if (!LocalizedNumber.TryParse(raw, other, out _))
        {
            return null;
        }

        var compact = raw.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        return string.Concat(compact.Select(c => c switch { '.' => ',', ',' => '.', _ => c }));
    }
}
