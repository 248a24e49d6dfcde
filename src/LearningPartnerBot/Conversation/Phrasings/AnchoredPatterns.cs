namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// The lines of one kind ("=" or "~") in precedence order, indexed by the vocabulary numbers of their anchor words: a
/// message is tried only against the lines whose anchors it contains and the few lines without anchors, instead of
/// against every line. The candidates are bits in a set, so they come out in precedence order without sorting.
/// </summary>
internal sealed class AnchoredPatterns
{
    private readonly (string Language, int FillerLanguages, PhrasingPattern Pattern)[] _ordered;

    /// <summary>By vocabulary number, the lines that word anchors.</summary>
    private readonly int[][] _byAnchor;
    private readonly ulong[] _unanchored;

    /// <param name="ordered">The lines in precedence order.</param>
    /// <param name="fillerLanguages">The bit a language's fillers carry (see <see cref="PhrasingTable"/>), by language.</param>
    /// <param name="vocabulary">The vocabulary the lines' anchors are numbered in, complete.</param>
    public AnchoredPatterns(List<(string Language, PhrasingPattern Pattern)> ordered, Func<string, int> fillerLanguages, PhrasingVocabulary vocabulary)
    {
        _ordered = [.. ordered.Select(line => (line.Language, fillerLanguages(line.Language), line.Pattern))];
        _unanchored = new ulong[Blocks];
        var byAnchor = new List<int>?[vocabulary.Count];
        for (var i = 0; i < _ordered.Length; i++)
        {
            if (_ordered[i].Pattern.Anchors is not { } anchors)
            {
                _unanchored[i / 64] |= 1UL << (i % 64);
                continue;
            }

            foreach (var anchor in anchors)
            {
                (byAnchor[anchor] ??= []).Add(i);
            }
        }

        _byAnchor = [.. byAnchor.Select(lines => lines is null ? [] : lines.Distinct().ToArray())];
    }

    /// <summary>How many 64-bit blocks a set of these lines takes.</summary>
    public int Blocks => (_ordered.Length + 63) / 64;

    /// <summary>A line by its number, as <see cref="Lines"/> gives them.</summary>
    public (string Language, int FillerLanguages, PhrasingPattern Pattern) this[int line] => _ordered[line];

    /// <summary>Into <paramref name="lines"/> (<see cref="Blocks"/> long), the bit of each line <paramref name="words"/> could match.</summary>
    public void Lines(MessageWords words, Span<ulong> lines)
    {
        _unanchored.CopyTo(lines);
        for (var i = 0; i < words.Count; i++)
        {
            if (words.Id(i) is var id and >= 0)
            {
                foreach (var line in _byAnchor[id])
                {
                    lines[line >> 6] |= 1UL << (line & 63);
                }
            }
        }
    }
}
