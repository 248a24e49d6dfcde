using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// One line of a phrasing file, matched against a folded message's words: each token of the line is one or more words
/// in a row (one of its alternatives), possibly optional, or "*" for any words. Matching walks the message's words, compared
/// by their vocabulary numbers, and tries the alternatives in turn, going back only over the few tokens that can match
/// more than one way; no regular expression is built or run, because every message is tried against tens of lines.
/// </summary>
internal sealed partial class PhrasingPattern
{
    private readonly Token[] _tokens;

    private PhrasingPattern(Intent intent, bool whole, string source, Token[] tokens, IReadOnlyList<string> singleWords, IReadOnlyList<string> literalWords)
    {
        LiteralWords = literalWords;
        Intent = intent;
        IsWhole = whole;
        Source = source;
        _tokens = tokens;
        SingleWords = singleWords;
    }

    public Intent Intent { get; }

    /// <summary>True for "=" lines (the whole message), false for "~" lines (somewhere in the message).</summary>
    public bool IsWhole { get; }

    public string Source { get; }

    /// <summary>The most words a message can have and still match an "=" line (int.MaxValue with a "*"): a longer message is not tried.</summary>
    public int MaxWords { get; private init; } = int.MaxValue;

    /// <summary>
    /// The vocabulary numbers of words of which a matching message must contain at least one (the first words of one
    /// token that must be there as written, the one whose words are the fewest lines' words), or null when no such
    /// token exists: lets a message skip every line it cannot match. Set by <see cref="ChooseAnchor"/>.
    /// </summary>
    public int[]? Anchors { get; private set; }

    /// <summary>
    /// For each token that must be there as written, the numbers of its phrases' first words: a message that has none of
    /// one token's words cannot match the line, so it is not tried. Once an anchor is chosen, the others.
    /// </summary>
    private int[][] _required = [];

    /// <summary>For each token that must be there as written, the numbers of its phrases' first words.</summary>
    public IReadOnlyList<int[]> RequiredWords => _required;

    /// <summary>
    /// The words a match can begin with, as a set of vocabulary numbers, or null when it can begin with any word (a "*",
    /// a word's start, a slot): a "~" line is tried only from the words it can begin with.
    /// </summary>
    private ulong[]? _firstWords;

    /// <summary>Every plain word the line spells out (not prefixes or slots): the vocabulary typos are corrected towards.</summary>
    public IReadOnlyList<string> LiteralWords { get; }

    /// <summary>The words of a one-word "=" line ("cancel|stop|quit"), which also match with one typo.</summary>
    public IReadOnlyList<string> SingleWords { get; }

    /// <summary>The line <paramref name="source"/>, its spelled-out words numbered in <paramref name="vocabulary"/>.</summary>
    public static PhrasingPattern Compile(Intent intent, bool whole, string source, PhrasingVocabulary vocabulary)
    {
        var tokens = Tokens(source);
        if (tokens.Count == 0)
        {
            throw new FormatException("A phrasing line has no words.");
        }

        IReadOnlyList<string> singleWords = whole && tokens.Count == 1 && !tokens[0].Contains('{') && !tokens[0].Contains('(')
            ? [.. tokens[0].TrimEnd('?').Split('|').Where(w => !w.EndsWith('*')).Select(TextFolding.Words)]
            : [];
        IReadOnlyList<string> literalWords = [.. source.Split([' ', '|', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.TrimEnd('?'))
            .Where(word => word.Length > 0 && !word.EndsWith('*') && !word.StartsWith('{'))
            .SelectMany(word => TextFolding.Words(word).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        return new PhrasingPattern(intent, whole, source, [.. tokens.Select(token => TokenOf(token).NumberedIn(vocabulary))], singleWords, literalWords)
        {
            MaxWords = tokens.Contains("*") ? int.MaxValue : tokens.Sum(MaxWordsOf),
        };
    }

    /// <summary>Notes which words the line needs and which it can begin with, once <paramref name="vocabularySize"/> words are numbered.</summary>
    public void IndexWords(int vocabularySize)
    {
        _required = [.. _tokens.Where(token => !token.Optional && !token.AnyWords).Select(FirstWordsOf).OfType<int[]>()];
        var first = new List<int>();
        foreach (var token in _tokens)
        {
            if (token.AnyWords || FirstWordsOf(token) is not { } words)
            {
                return;
            }

            first.AddRange(words);
            if (!token.Optional)
            {
                _firstWords = new ulong[(vocabularySize + 63) / 64];
                foreach (var id in first)
                {
                    _firstWords[id >> 6] |= 1UL << (id & 63);
                }

                return;
            }
        }
    }

    /// <summary>
    /// Anchors the line by the required token whose words are the least common (by <paramref name="commonness"/>), so
    /// messages with everyday words ("i", "is", "what") meet fewer lines; a message found through the anchor has its
    /// words, so only the other tokens are checked.
    /// </summary>
    public void ChooseAnchor(Func<int[], int> commonness)
    {
        if (_required.Length == 0)
        {
            return;
        }

        var anchor = _required.MinBy(commonness)!;
        Anchors = anchor;
        _required = [.. _required.Where(words => !ReferenceEquals(words, anchor))];
    }

    /// <summary>The numbers of the first words of a token's phrases, or null when one of them begins otherwise than with a spelled-out word.</summary>
    private static int[]? FirstWordsOf(Token token) =>
        token.Alternatives.All(phrase => phrase is [{ Kind: PhrasingWordKind.Exact }, ..])
            ? [.. token.Alternatives.Select(phrase => phrase[0].Id).Distinct()]
            : null;

    /// <summary>
    /// Whether <paramref name="words"/>, found through the line's anchor, has a word of each other token the line needs
    /// as written (false means it cannot match).
    /// </summary>
    public bool CanMatch(MessageWords words)
    {
        foreach (var required in _required)
        {
            if (!words.HasAny(required))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the message's words from <paramref name="from"/> up to <paramref name="to"/> say this line: all of them
    /// for an "=" line, somewhere among them for a "~" line.
    /// </summary>
    public bool IsMatch(MessageWords words, int from, int to)
    {
        if (IsWhole)
        {
            return (_firstWords is null || (from < to && CanBegin(words.Id(from)))) && MatchFrom(0, from, words, to);
        }

        for (var start = from; start < to; start++)
        {
            if ((_firstWords is null || CanBegin(words.Id(start))) && MatchFrom(0, start, words, to))
            {
                return true;
            }
        }

        return false;
    }

    private bool CanBegin(int id) => id >= 0 && (_firstWords![id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>Whether tokens from <paramref name="token"/> on match the words from <paramref name="at"/> on (up to <paramref name="to"/>, for "=").</summary>
    private bool MatchFrom(int token, int at, MessageWords words, int to)
    {
        if (token == _tokens.Length)
        {
            return !IsWhole || at == to;
        }

        var current = _tokens[token];
        if (current.AnyWords)
        {
            // Any number of words, none included; an empty one (two spaces) is no word and cannot be passed over.
            for (var end = at; end <= to; end++)
            {
                if (MatchFrom(token + 1, end, words, to))
                {
                    return true;
                }

                if (end < to && words[end].Length == 0)
                {
                    return false;
                }
            }

            return false;
        }

        foreach (var phrase in current.Alternatives)
        {
            if (StartsAt(phrase, words, at, to) && MatchFrom(token + 1, at + phrase.Length, words, to))
            {
                return true;
            }
        }

        return current.Optional && MatchFrom(token + 1, at, words, to);
    }

    private static bool StartsAt(PhrasingWord[] phrase, MessageWords words, int at, int to)
    {
        if (at + phrase.Length > to)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (!phrase[i].Matches(words, at + i))
            {
                return false;
            }
        }

        return true;
    }
}
