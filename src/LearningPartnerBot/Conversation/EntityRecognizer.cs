using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartnerBot.Conversation.Phrasings;
using LearningPartnerBot.Eligibility.Chat;
using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Conversation;

/// <summary>Finds the level, month and year a folded message names, in any of the three languages.</summary>
public static partial class EntityRecognizer
{
    private static readonly (EnrollmentLevel Level, Regex Regex)[] LevelPatterns =
    [
        .. PhrasingSlots.Levels.Select(level => (level.Level, new Regex(
            "(?:^| )(?:" + string.Join('|', level.Words.Select(PhrasingSlots.Word)) + ")(?= |$)",
            RegexOptions.CultureInvariant | RegexOptions.Compiled))),
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

        EnrollmentLevel? level = null;
        foreach (var (named, regex) in LevelPatterns)
        {
            if (regex.IsMatch(words))
            {
                level = named;
                break;
            }
        }

        // The words are read where they are in the message, not split into strings: every message is read for a month.
        int? month = null;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            month = MonthNames.Match(word, previous);
            if (month is not null)
            {
                break;
            }

            previous = word;
        }

        int? year = null;
        foreach (var found in Year().EnumerateMatches(words))
        {
            year = int.Parse(words.Slice(found.Index, found.Length), CultureInfo.InvariantCulture);
            break;
        }

        // Most messages name none, and all of them read the same.
        return level is null && month is null && year is null ? MessageEntities.None : new MessageEntities(level, month, year);
    }

    [GeneratedRegex("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
