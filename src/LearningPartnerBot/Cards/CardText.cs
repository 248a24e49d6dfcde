using System.Text;

namespace LearningPartnerBot.Cards;

/// <summary>
/// A value someone outside the team typed (a display name, a form field), made safe to put in a TextBlock or FactSet,
/// whose text Teams and Adaptive Cards render as markdown: "[Ticket needs re-auth](https://evil)" must show as those
/// characters, not as a link in the staff channel. Markup characters are backslash-escaped, line breaks and other
/// control characters become spaces (so no line can start a list), and the length is capped.
/// </summary>
public static class CardText
{
    public const int DefaultMaxLength = 200;

    public static string Escape(string? value, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var text = value.Length > maxLength ? Cut(value, maxLength - 1) + "…" : value;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                escaped.Append(' ');
                continue;
            }

            if (c is '\\' or '[' or ']' or '(' or ')' or '<' or '>' or '*' or '_' or '~' or '`' or '#' or '|' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // A leading "- ", "+ " or "1. " would start a list.
        var start = 0;
        while (start < escaped.Length && escaped[start] == ' ')
        {
            start++;
        }

        var marker = start < escaped.Length && escaped[start] is '-' or '+' ? start : OrderedListDot(escaped, start);
        if (marker >= 0 && (marker + 1 == escaped.Length || escaped[marker + 1] == ' '))
        {
            escaped.Insert(marker, '\\');
        }

        return escaped.ToString();
    }

    /// <summary>Where the dot of "12." is when the text starts with digits and a dot, else -1.</summary>
    private static int OrderedListDot(StringBuilder text, int start)
    {
        var digits = DigitsAt(text, start);
        return digits > 0 && start + digits < text.Length && text[start + digits] is '.' ? start + digits : -1;
    }

    private static int DigitsAt(StringBuilder text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end - start;
    }

    // Never between the two halves of a surrogate pair: a lone half cannot be serialized.
    private static string Cut(string value, int length) =>
        char.IsHighSurrogate(value[length - 1]) ? value[..(length - 1)] : value[..length];
}
