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
        if (words.Length == 0)
        {
            return MessageEntities.None;
        }

        var level = LevelPatterns.FirstOrDefault(p => p.Regex.IsMatch(words)) is { Regex: not null } found ? found.Level : (EnrollmentLevel?)null;
        // The words are read where they are in the message, not split into strings: every message is read for a month.
        int? month = null;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in words.AsSpan().Split(' '))
        {
            var word = words.AsSpan(range);
            month = MonthNames.Match(word, previous);
            if (month is not null)
            {
                break;
            }

            previous = word;
        }

        var year = Year().Match(words) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : (int?)null;
        return new MessageEntities(level, month, year);
    }

    [GeneratedRegex("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
