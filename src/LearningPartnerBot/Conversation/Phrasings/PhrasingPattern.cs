using System.Text;
using System.Text.RegularExpressions;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// One line of a phrasing file compiled to a regular expression over a folded message with a leading space, so that every
/// word in the expression starts with its own separator and words can be optional without leaving a double space.
/// </summary>
internal sealed class PhrasingPattern
{
    private PhrasingPattern(Intent intent, bool whole, string source, Regex regex, IReadOnlyList<string> singleWords, IReadOnlyList<string> literalWords)
    {
        LiteralWords = literalWords;
        Intent = intent;
        IsWhole = whole;
        Source = source;
        Regex = regex;
        SingleWords = singleWords;
    }

    public Intent Intent { get; }

    /// <summary>True for "=" lines (the whole message), false for "~" lines (somewhere in the message).</summary>
    public bool IsWhole { get; }

    public string Source { get; }

    public Regex Regex { get; }

    /// <summary>The most words a message can have and still match an "=" line (int.MaxValue with a "*"): a longer message is not tried.</summary>
    public int MaxWords { get; private init; } = int.MaxValue;

    /// <summary>
    /// Words of which a matching message must contain at least one (the first words of the alternatives of a token
    /// that must be there as written), or null when no such token exists: lets a message skip the expression of every line it cannot match.
    /// </summary>
    public IReadOnlySet<string>? Anchors { get; private init; }

    /// <summary>Every plain word the line spells out (not prefixes or slots): the vocabulary typos are corrected towards.</summary>
    public IReadOnlyList<string> LiteralWords { get; }

    /// <summary>The words of a one-word "=" line ("cancel|stop|quit"), which also match with one typo.</summary>
    public IReadOnlyList<string> SingleWords { get; }

    public static PhrasingPattern Compile(Intent intent, bool whole, string source)
    {
        var tokens = Tokens(source);
        if (tokens.Count == 0)
        {
            throw new FormatException("A phrasing line has no words.");
        }

        var expression = new StringBuilder(whole ? "^" : string.Empty);
        foreach (var token in tokens)
        {
            expression.Append(Token(token));
        }

        expression.Append(whole ? "$" : "(?= |$)");
        IReadOnlyList<string> singleWords = whole && tokens.Count == 1 && !tokens[0].Contains('{') && !tokens[0].Contains('(')
            ? [.. tokens[0].TrimEnd('?').Split('|').Where(w => !w.EndsWith('*')).Select(TextFolding.Words)]
            : [];
        IReadOnlyList<string> literalWords = [.. source.Split([' ', '|', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.TrimEnd('?'))
            .Where(word => word.Length > 0 && !word.EndsWith('*') && !word.StartsWith('{'))
            .SelectMany(word => TextFolding.Words(word).Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        return new PhrasingPattern(intent, whole, source, new Regex(expression.ToString(), RegexOptions.CultureInvariant), singleWords, literalWords)
        {
            MaxWords = tokens.Contains("*") ? int.MaxValue : tokens.Sum(MaxWordsOf),
            Anchors = AnchorsOf(tokens),
        };
    }

    /// <summary>Splits a line into words, keeping a parenthesized group of phrases ("(am i|are we)") as one token.</summary>
    private static List<string> Tokens(string source)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < source.Length)
        {
            if (source[i] == ' ')
            {
                i++;
                continue;
            }

            var end = source[i] == '(' ? source.IndexOf(')', i) : source.IndexOf(' ', i);
            if (source[i] == '(' && end < 0)
            {
                throw new FormatException("A '(' has no closing ')'.");
            }

            end = end < 0 ? source.Length : end + (source[i] == '(' ? 1 : 0);
            if (end < source.Length && source[end] == '?')
            {
                end++;
            }

            tokens.Add(source[i..end]);
            i = end;
        }

        return tokens;
    }

    private static HashSet<string>? AnchorsOf(List<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (token == "*" || (token.Length > 1 && token.EndsWith('?')))
            {
                continue;
            }

            var alternatives = token.StartsWith('(') ? token[1..^1].Split('|') : token.Split('|');
            var firstWords = alternatives.Select(alternative => alternative.Trim().Split(' ')[0]).ToList();
            if (firstWords.Any(word => word.Length == 0 || word.StartsWith('{') || word.EndsWith('*') || word.EndsWith('?')))
            {
                // Not a word that must be there as written; a later token that must be there still anchors the line.
                continue;
            }

            return [.. firstWords.Select(word => TextFolding.Words(word).Split(' ')[0])];
        }

        return null;
    }

    /// <summary>A slot can stand for a phrase ("learning action pack"); a group for its longest phrase.</summary>
    private const int MaxSlotWords = 3;

    private static int MaxWordsOf(string token)
    {
        var body = token.TrimEnd('?');
        var alternatives = body.StartsWith('(') ? body[1..^1].Split('|') : body.Split('|');
        return alternatives.Max(alternative => alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Sum(word => word.StartsWith('{') ? MaxSlotWords : Math.Max(1, TextFolding.Words(word.TrimEnd('*')).Split(' ').Length)));
    }

    private static string Token(string token)
    {
        if (token == "*")
        {
            return "(?: [^ ]+)*?";
        }

        var optional = token.Length > 1 && token.EndsWith('?');
        var body = optional ? token[..^1] : token;
        string word;
        if (body.StartsWith('(') && body.EndsWith(')'))
        {
            // A group of phrases: each phrase is words in a row, each word as in a plain token.
            var phrases = body[1..^1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(phrase => string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Alternative)));
            word = " (?:" + string.Join('|', phrases) + ")";
        }
        else
        {
            word = " (?:" + string.Join('|', body.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Alternative)) + ")";
        }

        return optional ? "(?:" + word + ")?" : word;
    }

    private static string Alternative(string alternative)
    {
        if (alternative.StartsWith('{') && alternative.EndsWith('}'))
        {
            return PhrasingSlots.Pattern(alternative[1..^1]);
        }

        var prefix = alternative.EndsWith('*');
        var folded = TextFolding.Words(prefix ? alternative[..^1] : alternative);
        if (folded.Length == 0)
        {
            throw new FormatException($"'{alternative}' in a phrasing has no letters.");
        }

        return PhrasingSlots.Word(prefix ? folded + "*" : folded);
    }
}
