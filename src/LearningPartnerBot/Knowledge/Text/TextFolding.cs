using System.Buffers;
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
        return Lowered(text, TurkishLower);
    }

    /// <summary>
    /// <see cref="TurkishLower(string)"/> into <paramref name="destination"/> (at least as long as the text); returns
    /// how many characters it wrote, fewer than the text's when an I carried a combining dot.
    /// </summary>
    public static int TurkishLower(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
            destination[written++] = TurkishLowerAt(text, ref i);

        return written;
    }

    /// <summary>The Turkish lower case of the letter at <paramref name="i"/>, moving past a combining dot that belongs to it.</summary>
    private static char TurkishLowerAt(ReadOnlySpan<char> text, ref int i)
    {
        var c = text[i];
        if (c != 'I')
            return c == DottedCapitalI ? 'i' : char.ToLowerInvariant(c);

        // "I\u0307" is İ in decomposed form; the dot belongs to the letter, not to the output.
        if (i + 1 < text.Length && text[i + 1] == CombiningDotAbove)
        {
            i++;
            return 'i';
        }

        return DotlessSmallI;
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

    /// <summary><see cref="InvariantLower(string)"/> into <paramref name="destination"/>; one character for each of the text's.</summary>
    public static int InvariantLower(ReadOnlySpan<char> text, Span<char> destination)
    {
        var lowered = destination[..text.Length];
        text.ToLowerInvariant(lowered);
        lowered.Replace(DottedCapitalI, 'i');
        return text.Length;
    }

    /// <summary>A lower-casing into a buffer at least as long as the text, returning the length written.</summary>
    public delegate int SpanLower(ReadOnlySpan<char> text, Span<char> destination);

    private static string Lowered(string text, SpanLower lower)
    {
        char[]? rented = null;
        var buffer = text.Length <= MaxStackText ? stackalloc char[MaxStackText] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = lower(text, buffer);
        var lowered = new string(buffer[..length]);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return lowered;
    }

    /// <summary>Chat messages are shorter than this; a longer text is lowered into a rented buffer instead of the stack.</summary>
    internal const int MaxStackText = 256;

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
        var size = MaxWordsLength(text.Length);
        char[]? rented = null;
        var buffer = size <= MaxStackText ? stackalloc char[MaxStackText] : (rented = ArrayPool<char>.Shared.Rent(size));
        var words = buffer[..Words(text, buffer)];

        // Text that is already folded (a part of a message folded before, a phrasing) comes back as it is.
        var result = words.SequenceEqual(text) ? text : new string(words);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>The most characters <see cref="Words(ReadOnlySpan{char}, Span{char})"/> writes for a text this long.</summary>
    public static int MaxWordsLength(int textLength) => textLength * MaxFoldLength;

    /// <summary>
    /// <see cref="Words(string)"/> into <paramref name="destination"/> (at least <see cref="MaxWordsLength"/> long) in one
    /// pass, without the intermediate strings; returns how many characters it wrote.
    /// </summary>
    public static int Words(ReadOnlySpan<char> text, Span<char> destination)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var lower = TurkishLowerAt(text, ref i);
            if (lower < 0x80)
            {
                written = AppendWordChar(lower, destination, written);
            }
            else if (lower < LatinFolds.Length && LatinFolds[lower] is { } fold)
            {
                foreach (var f in fold)
                    written = AppendWordChar(f, destination, written);
            }
            else if (!IsCombiningMark(lower))
            {
                written = AppendWordChar(lower, destination, written);
            }
        }

        return written > 0 && destination[written - 1] == ' ' ? written - 1 : written;
    }

    private static int AppendWordChar(char c, Span<char> destination, int written)
    {
        if (char.IsLetterOrDigit(c))
            destination[written++] = c;
        else if (c is not ('\'' or '\u2019') && written > 0 && destination[written - 1] != ' ')
            destination[written++] = ' ';
        return written;
    }

    /// <summary>The longest ASCII spelling of one Latin letter ("ß" is "ss").</summary>
    private static readonly int MaxFoldLength = Math.Max(1, LatinFolds.Max(f => f?.Length ?? 1));
}
