namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// The lines of one kind ("=" or "~") in precedence order, indexed by their anchor words: a message is tried only
/// against the lines whose anchors it contains and the few lines without anchors, instead of against every line.
/// </summary>
internal sealed class AnchoredPatterns
{
    private readonly List<(string Language, PhrasingPattern Pattern)> _ordered;
    private readonly Dictionary<string, List<int>> _byAnchor = new(StringComparer.Ordinal);
    private readonly List<int> _unanchored = [];

    public AnchoredPatterns(List<(string Language, PhrasingPattern Pattern)> ordered)
    {
        _ordered = ordered;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Pattern.Anchors is not { } anchors)
            {
                _unanchored.Add(i);
                continue;
            }

            foreach (var anchor in anchors)
            {
                if (!_byAnchor.TryGetValue(anchor, out var lines))
                {
                    _byAnchor[anchor] = lines = [];
                }

                lines.Add(i);
            }
        }
    }

    /// <summary>A line by its number, as <see cref="Lines"/> gives them.</summary>
    public (string Language, PhrasingPattern Pattern) this[int line] => _ordered[line];

    /// <summary>Into <paramref name="lines"/> (empty), in precedence order, the number of each line that <paramref name="words"/> could match, once.</summary>
    public void Lines(string[] words, List<int> lines)
    {
        lines.AddRange(_unanchored);
        foreach (var word in words)
        {
            if (_byAnchor.TryGetValue(word, out var anchored))
            {
                lines.AddRange(anchored);
            }
        }

        lines.Sort();
        var kept = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || lines[i] != lines[i - 1])
            {
                lines[kept++] = lines[i];
            }
        }

        lines.RemoveRange(kept, lines.Count - kept);
    }
}
