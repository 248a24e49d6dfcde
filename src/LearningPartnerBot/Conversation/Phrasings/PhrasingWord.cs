namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>One word of a phrasing as a message's word must be: spelled out, its start ("gold*"), or a year.</summary>
internal readonly record struct PhrasingWord(string Text, PhrasingWordKind Kind)
{
    public static readonly PhrasingWord Year = new(string.Empty, PhrasingWordKind.Year);

    /// <summary>A folded word as the phrasing files write it: a trailing * matches the rest of the word.</summary>
    public static PhrasingWord Of(string word) =>
        word.EndsWith('*') ? new(word[..^1], PhrasingWordKind.Prefix) : new(word, PhrasingWordKind.Exact);

    public bool Matches(string word) => Kind switch
    {
        PhrasingWordKind.Exact => string.Equals(word, Text, StringComparison.Ordinal),
        PhrasingWordKind.Prefix => word.StartsWith(Text, StringComparison.Ordinal),
        _ => word.Length == 4 && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal))
            && char.IsAsciiDigit(word[2]) && char.IsAsciiDigit(word[3]),
    };
}

internal enum PhrasingWordKind
{
    Exact,
    Prefix,
    Year,
}
