using System.Text;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge.SmallTalk;

/// <summary>
/// Recognizes a whole message as small talk ("hi", "bedankt!", "ne yapabilirsin?"). Only the whole message counts:
/// "hi, how do I enroll?" is a question and goes to the FAQ.
/// </summary>
public static class SmallTalkRecognizer
{
    /// <summary>Longer messages are questions, however they start.</summary>
    private const int MaxLength = 60;

    private static readonly Dictionary<string, (SmallTalkIntent Intent, string Language)> Lookup = Build();

    public static (SmallTalkIntent Intent, string? Language) Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return (SmallTalkIntent.None, null);
        }

        return Lookup.TryGetValue(Normalize(text), out var found)
            ? (found.Intent, found.Language.Length > 0 ? found.Language : null)
            : (SmallTalkIntent.None, null);
    }

    /// <summary>Folded, lower-case words separated by single spaces; punctuation and emoji dropped.</summary>
    internal static string Normalize(string text)
    {
        var folded = TextFolding.AsciiFold(TextFolding.TurkishLower(text)).Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace("’", string.Empty, StringComparison.Ordinal);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static Dictionary<string, (SmallTalkIntent, string)> Build()
    {
        var lookup = new Dictionary<string, (SmallTalkIntent, string)>(StringComparer.Ordinal);
        foreach (var (intent, languages) in SmallTalkPhrases.All)
        {
            foreach (var (language, phrases) in languages)
            {
                foreach (var phrase in phrases)
                {
                    // A word several languages share ("hey", "menu") says nothing about the language: the chat's locale decides.
                    var key = Normalize(phrase);
                    lookup[key] = lookup.TryGetValue(key, out var seen) && seen.Item2 != language
                        ? (seen.Item1, string.Empty)
                        : (intent, language);
                }
            }
        }

        return lookup;
    }
}
