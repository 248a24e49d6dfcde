using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>How a phrasing line's text becomes its tokens: groups, optional tokens, slots and open word endings.</summary>
internal sealed partial class PhrasingPattern
{
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

    /// <summary>A slot can stand for a phrase ("learning action pack"); a group for its longest phrase.</summary>
    private const int MaxSlotWords = 3;

    private static int MaxWordsOf(string token)
    {
        var body = token.TrimEnd('?');
        var alternatives = body.StartsWith('(') ? body[1..^1].Split('|') : body.Split('|');
        return alternatives.Max(alternative => alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Sum(word => word.StartsWith('{') ? MaxSlotWords : Math.Max(1, TextFolding.Words(word.TrimEnd('*')).Split(' ').Length)));
    }

    /// <summary>A token of a line: one of its phrases (each words in a row), possibly optional, or any words ("*").</summary>
    private sealed record Token(PhrasingWord[][] Alternatives, bool Optional, bool AnyWords)
    {
        public Token NumberedIn(PhrasingVocabulary vocabulary) =>
            this with { Alternatives = [.. Alternatives.Select(phrase => phrase.Select(word => word.NumberedIn(vocabulary)).ToArray())] };
    }

    private static Token TokenOf(string token)
    {
        if (token == "*")
        {
            return new Token([], Optional: true, AnyWords: true);
        }

        var optional = token.Length > 1 && token.EndsWith('?');
        var body = optional ? token[..^1] : token;

        // A group of phrases has words in a row, each word as in a plain token; a plain token is one word (or slot) of several.
        var phrases = body.StartsWith('(') && body.EndsWith(')')
            ? body[1..^1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .SelectMany(phrase => InARow(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Alternatives).ToList()))
            : body.Split('|', StringSplitOptions.RemoveEmptyEntries).SelectMany(Alternatives);
        return new Token([.. phrases], optional, AnyWords: false);
    }

    /// <summary>Every way to say the parts one after another: one alternative of each part, in order.</summary>
    private static IEnumerable<PhrasingWord[]> InARow(List<IReadOnlyList<PhrasingWord[]>> parts)
    {
        IEnumerable<PhrasingWord[]> sequences = [[]];
        foreach (var part in parts)
        {
            sequences = sequences.SelectMany(head => part.Select(tail => (PhrasingWord[])[.. head, .. tail])).ToList();
        }

        return sequences;
    }

    /// <summary>What one word of a line stands for: a slot's phrases, or the word folded as messages are (a trailing * keeps the rest of the word open).</summary>
    private static IReadOnlyList<PhrasingWord[]> Alternatives(string alternative)
    {
        if (alternative.StartsWith('{') && alternative.EndsWith('}'))
        {
            return PhrasingSlots.Phrases(alternative[1..^1]);
        }

        var prefix = alternative.EndsWith('*');
        var folded = TextFolding.Words(prefix ? alternative[..^1] : alternative);
        if (folded.Length == 0)
        {
            throw new FormatException($"'{alternative}' in a phrasing has no letters.");
        }

        // Folding can split a word ("e-mail"); only the last of its words is left open by a *.
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [[.. words.Select((word, i) => prefix && i == words.Length - 1 ? new PhrasingWord(word, PhrasingWordKind.Prefix) : new PhrasingWord(word, PhrasingWordKind.Exact))]];
    }
}
