using System.Globalization;
using BotKit.Dialogs.Choices;

namespace BotKit.Dialogs;

/// <summary>
/// Reads yes/no in the user's language (English words are always understood too), plus "1"/"2" for the Yes/No buttons.
/// A longer answer counts by its first word ("yes please", "nee, dank je").
/// </summary>
internal static class ConfirmRecognizer
{
    private static readonly Dictionary<string, (string[] Yes, string[] No)> Words = new(StringComparer.Ordinal)
    {
        [PromptCulture.English] = (["yes", "y", "yeah", "yep", "sure", "ok", "okay"], ["no", "n", "nope"]),
        [PromptCulture.Dutch] = (["ja", "j", "jazeker", "jawel", "zeker", "prima"], ["nee", "n", "neen"]),
        [PromptCulture.Turkish] = (["evet", "e", "tamam", "olur"], ["hayir", "h", "yok"]),
    };

    public static bool? Recognize(string? text, CultureInfo culture, string yesLabel, string noLabel)
    {
        var words = TextNormalizer.Tokens(text);
        if (words.Length == 0)
        {
            return null;
        }

        var said = string.Join(' ', words);
        if (said == "1" || said == TextNormalizer.Fold(yesLabel))
        {
            return true;
        }

        if (said == "2" || said == TextNormalizer.Fold(noLabel))
        {
            return false;
        }

        // Single letters ("j", "e", "h") only count on their own; inside a sentence they are too easily something else.
        var word = words.Length == 1 ? words[0] : words[0].Length > 1 ? words[0] : null;
        return word is null ? null : Lookup(word, culture.TwoLetterISOLanguageName) ?? Lookup(word, PromptCulture.English);
    }

    private static bool? Lookup(string word, string language) =>
        !Words.TryGetValue(language, out var words) ? null
        : words.Yes.Contains(word) ? true
        : words.No.Contains(word) ? false
        : null;
}
