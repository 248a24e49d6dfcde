namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// One word of a phrasing as a message's word must be: spelled out, its start ("gold*"), or a year. A spelled-out word
/// carries its number in the table's vocabulary once the table has given it one, and is compared by that number.
/// </summary>
internal readonly record struct PhrasingWord(string Text, PhrasingWordKind Kind, int Id = PhrasingVocabulary.Unknown)
{
    public static readonly PhrasingWord Year = new(string.Empty, PhrasingWordKind.Year);

    /// <summary>A folded word as the phrasing files write it: a trailing * matches the rest of the word.</summary>
    public static PhrasingWord Of(string word) =>
        word.EndsWith('*') ? new(word[..^1], PhrasingWordKind.Prefix) : new(word, PhrasingWordKind.Exact);

    /// <summary>This word with its number in <paramref name="vocabulary"/>, when it is spelled out.</summary>
    public PhrasingWord NumberedIn(PhrasingVocabulary vocabulary) =>
        Kind == PhrasingWordKind.Exact ? this with { Id = vocabulary.Add(Text) } : this;

    /// <summary>Whether word <paramref name="i"/> of the message is this word.</summary>
    public bool Matches(MessageWords words, int i) => Kind switch
    {
        PhrasingWordKind.Exact => words.Id(i) == Id,
        PhrasingWordKind.Prefix => words[i].StartsWith(Text, StringComparison.Ordinal),
        _ => IsYear(words[i]),
    };

    /// <summary>Whether <paramref name="word"/>, a word read in place, is this word, by its letters.</summary>
    public bool Matches(ReadOnlySpan<char> word) => Kind switch
    {
        PhrasingWordKind.Exact => word.SequenceEqual(Text),
        PhrasingWordKind.Prefix => word.StartsWith(Text, StringComparison.Ordinal),
        _ => IsYear(word),
    };

    private static bool IsYear(ReadOnlySpan<char> word) =>
        word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal))
            && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]);
}

internal enum PhrasingWordKind
{
    Exact,
    Prefix,
    Year,
}
