using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartnerBot.Conversation.Phrasings;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Conversation;

/// <summary>Finds the level, month and year a folded message names, in any of the three languages.</summary>
public static partial class EntityRecognizer
{
    /// <summary>Each level's phrases, each as its words, in the order levels are looked for: the first level named anywhere is the one.</summary>
    private static readonly (EnrollmentLevel Level, PhrasingWord[][] Phrases)[] LevelPhrases =
    [
        .. PhrasingSlots.Levels.Select(level => (level.Level, level.Words.Select(phrase => phrase.Split(' ').Select(PhrasingWord.Of).ToArray()).ToArray())),
    ];

    public static MessageEntities Recognize(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Recognize(words.AsSpan());
    }

    /// <inheritdoc cref="Recognize(string)"/>
    public static MessageEntities Recognize(ReadOnlySpan<char> words)
    {
        if (words.Length == 0)
        {
            return MessageEntities.None;
        }

        // The words are read where they are in the message, not split into strings, and in one pass for the level and
        // the month: every message is read for both.
        var level = LevelPhrases.Length;
        int? month = null;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            var rest = words[range.Start..];
            for (var named = 0; named < level; named++)
            {
                if (NamesAt(rest, LevelPhrases[named].Phrases))
                {
                    level = named;
                }
            }

            month ??= MonthNames.Match(word, previous);
            previous = word;
        }

        int? year = null;
        foreach (var found in Year().EnumerateMatches(words))
        {
            year = int.Parse(words.Slice(found.Index, found.Length), CultureInfo.InvariantCulture);
            break;
        }

        var levelNamed = level < LevelPhrases.Length ? LevelPhrases[level].Level : (EnrollmentLevel?)null;

        // Most messages name none, and all of them read the same.
        return levelNamed is null && month is null && year is null ? MessageEntities.None : new MessageEntities(levelNamed, month, year);
    }

    /// <summary>Whether <paramref name="rest"/> (a message from one of its words on) begins with one of the phrases, word for word.</summary>
    private static bool NamesAt(ReadOnlySpan<char> rest, PhrasingWord[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var remaining = rest;
            var said = true;
            for (var i = 0; i < phrase.Length && said; i++)
            {
                var end = remaining.IndexOf(' ');
                var word = end < 0 ? remaining : remaining[..end];
                said = (i == phrase.Length - 1 || end >= 0) && phrase[i].Matches(word);
                remaining = end < 0 ? [] : remaining[(end + 1)..];
            }

            if (said)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
