using System.Globalization;
using System.Text;

namespace BotKit.Dialogs.Choices;

/// <summary>
/// Folds text for matching: lowercase, no diacritics, and Turkish dotted/dotless i treated as plain "i", so "Altın",
/// "altin" and "ALTIN" all compare equal whatever keyboard the user has.
/// </summary>
internal static class TextNormalizer
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Most of what users type and every button title in English is ASCII: no marks to strip, no dotless i.
        if (System.Text.Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }

        var decomposed = text.Replace('ı', 'i').Replace('İ', 'i').Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded words of <paramref name="text"/>; punctuation and spaces separate words.</summary>
    public static string[] Tokens(string? text) =>
        SplitWords(Fold(text));

    /// <summary>
    /// How many words <see cref="Tokens"/> finds in <paramref name="text"/>, without making them. ASCII text (most of
    /// what users type, and English button titles) is counted where it is: folding it only lowers its case, which moves
    /// no word boundary.
    /// </summary>
    public static int CountTokens(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        return CountRuns(System.Text.Ascii.IsValid(text) ? text : Fold(text));
    }

    /// <summary>How many runs of letters and digits <paramref name="text"/> has: the words <see cref="SplitWords"/> would make.</summary>
    private static int CountRuns(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWordChar = char.IsLetterOrDigit(c);
            if (isWordChar && !inWord)
            {
                count++;
            }

            inWord = isWordChar;
        }

        return count;
    }

    private static string[] SplitWords(string text)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var atSeparator = i == text.Length || !char.IsLetterOrDigit(text[i]);
            if (!atSeparator && start < 0)
            {
                start = i;
            }
            else if (atSeparator && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }

        return [.. tokens];
    }
}
