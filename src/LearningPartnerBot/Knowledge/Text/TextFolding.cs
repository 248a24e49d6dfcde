using System.Globalization;
using System.Text;

namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Case and accent folding that behaves the same on every machine: no CultureInfo is consulted, so a server
/// running under tr-TR and one under en-US produce identical search terms.
/// </summary>
public static class TextFolding
{
    private const char DottedCapitalI = '\u0130';   // İ
    private const char DotlessSmallI = '\u0131';    // ı
    private const char CombiningDotAbove = '\u0307';

    /// <summary>The folded form of U+0000..U+024F, precomputed because Normalize() per character is slow.</summary>
    private static readonly string?[] LatinFolds = BuildLatinFolds();

    /// <summary>Turkish lower case: I→ı and İ→i (also I followed by a combining dot); everything else invariant.</summary>
    public static string TurkishLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == 'I')
            {
                // "I\u0307" is İ in decomposed form; the dot belongs to the letter, not to the output.
                var dotted = i + 1 < text.Length && text[i + 1] == CombiningDotAbove;
                builder.Append(dotted ? 'i' : DotlessSmallI);
                if (dotted)
                    i++;
            }
            else
            {
                builder.Append(c == DottedCapitalI ? 'i' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Lower case for languages without a dotless i. İ still becomes i: .NET's invariant mapping leaves it upper
    /// case, and a Turkish product name pasted into an English question must not become an unmatchable term.
    /// </summary>
    public static string InvariantLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.ToLowerInvariant().Replace(DottedCapitalI, 'i');
    }

    /// <summary>
    /// Removes diacritics and maps letters without a decomposition (ı, ß, æ, ø, ł, ĳ…) to their usual ASCII
    /// spelling, keeping case. Characters outside the Latin script are kept as they are.
    /// </summary>
    public static string AsciiFold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(text.Length).Append(text, 0, i);
            if (c < LatinFolds.Length && LatinFolds[c] is { } fold)
                builder.Append(fold);
            else if (!IsCombiningMark(c))
                builder.Append(c);
        }

        return builder?.ToString() ?? text;
    }

    internal static bool IsCombiningMark(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
    }

    private static string?[] BuildLatinFolds()
    {
        var folds = new string?[0x250];
        for (var c = '\u00C0'; c < folds.Length; c++)
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormKD);
            var ascii = new string(decomposed.Where(d => d < 0x80).ToArray());
            if (ascii.Length > 0)
                folds[c] = ascii;
        }

        // Letters that Unicode does not decompose but every reader of these languages would spell in ASCII.
        (char Letter, string Ascii)[] special =
        [
            (DotlessSmallI, "i"), ('ß', "ss"), ('æ', "ae"), ('Æ', "AE"), ('ø', "o"), ('Ø', "O"), ('œ', "oe"),
            ('Œ', "OE"), ('ł', "l"), ('Ł', "L"), ('đ', "d"), ('Đ', "D"), ('ð', "d"), ('Ð', "D"), ('þ', "th"),
            ('Þ', "TH"), ('ħ', "h"), ('Ħ', "H"),
        ];
        foreach (var (letter, ascii) in special)
            folds[letter] = ascii;
        return folds;
    }

    /// <summary>
    /// A message as the recognizers compare it: Turkish-aware lower case, no diacritics, apostrophes dropped (so "i'm"
    /// is "im" and "ekim'de" is "ekimde"), every other run of punctuation, emoji or space one space.
    /// </summary>
    public static string Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = AsciiFold(TurkishLower(text));
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (c is '\'' or '\u2019')
            {
                continue;
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }
}
