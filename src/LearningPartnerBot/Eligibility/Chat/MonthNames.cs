namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Month names in English, Dutch and Turkish, folded the way <see cref="Knowledge.Text.TextFolding.Words"/> folds a message
/// (lower case, no diacritics), so "Şubat", "şubat" and "subat" are the same word.
/// </summary>
internal static class MonthNames
{
    private static readonly string[][] Full =
    [
        ["january", "januari", "ocak"],
        ["february", "februari", "subat"],
        ["march", "maart", "mart"],
        ["april", "april", "nisan"],
        ["may", "mei", "mayis"],
        ["june", "juni", "haziran"],
        ["july", "juli", "temmuz"],
        ["august", "augustus", "agustos"],
        ["september", "september", "eylul"],
        ["october", "oktober", "ekim"],
        ["november", "november", "kasim"],
        ["december", "december", "aralik"],
    ];

    /// <summary>Short forms people type; "mar", "jun" and "jul" are left out as too easily part of other words.</summary>
    private static readonly Dictionary<string, int> Abbreviations = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mrt"] = 3, ["apr"] = 4, ["aug"] = 8, ["sep"] = 9, ["sept"] = 9,
        ["oct"] = 10, ["okt"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    /// <summary>The longest case ending read after a Turkish month ("mayistakiler" is a stretch; "martindaki" is not).</summary>
    private const int MaxTurkishSuffix = 6;

    /// <summary>Words after which English "may" is the month, not the verb: "my invoice from May".</summary>
    private static readonly HashSet<string> MonthPrepositions = new(StringComparer.Ordinal) { "from", "of", "in", "for", "since", "dated" };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrepositionLookup =
        MonthPrepositions.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int ShortestName = Full.SelectMany(names => names).Concat(Abbreviations.Keys).Min(name => name.Length);

    /// <summary>The first two letters of every month name and short form, by letter: every word of a message is asked, and few begin like a month.</summary>
    private static readonly bool[] FirstTwoLetters = Full.SelectMany(names => names).Concat(Abbreviations.Keys)
        .Aggregate(new bool[26 * 26], (pairs, name) =>
        {
            pairs[((name[0] - 'a') * 26) + (name[1] - 'a')] = true;
            return pairs;
        });

    private static bool MayBeginName(ReadOnlySpan<char> word) =>
        char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[1]) && FirstTwoLetters[((word[0] - 'a') * 26) + (word[1] - 'a')];

    /// <summary>
    /// The month a folded word names, 1 to 12, or null. Turkish words carry their case endings ("martta", "mayistaki",
    /// "ekim'de" → "ekimde"), so a Turkish month also matches as the start of a word.
    /// </summary>
    public static int? Match(string word, string? previousWord)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Match(word.AsSpan(), previousWord.AsSpan());
    }

    /// <summary><see cref="Match(string, string?)"/> on words read in place from a message; an empty previous word is none.</summary>
    public static int? Match(ReadOnlySpan<char> word, ReadOnlySpan<char> previousWord)
    {
        if (word.Length < ShortestName || !MayBeginName(word))
        {
            return null;
        }

        for (var index = 0; index < Full.Length; index++)
        {
            var (month, english, dutch, turkish) = (index + 1, Full[index][0], Full[index][1], Full[index][2]);
            if (word.SequenceEqual(english))
            {
                return month != 5 || PrepositionLookup.Contains(previousWord) ? month : null;
            }

            if (word.SequenceEqual(dutch) || (word.StartsWith(turkish, StringComparison.Ordinal) && word.Length - turkish.Length <= MaxTurkishSuffix))
            {
                return month;
            }
        }

        return AbbreviationLookup.TryGetValue(word, out var abbreviated) ? abbreviated : null;
    }
}
