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

    /// <summary>In precedence order, each line that <paramref name="words"/> could match, once.</summary>
    public IEnumerable<(string Language, PhrasingPattern Pattern)> For(string[] words)
    {
        var lines = new List<int>(_unanchored);
        foreach (var word in words)
        {
            if (_byAnchor.TryGetValue(word, out var anchored))
            {
                lines.AddRange(anchored);
            }
        }

        lines.Sort();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || lines[i] != lines[i - 1])
            {
                yield return _ordered[lines[i]];
            }
        }
    }
}
