namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Replaces synonym members with their canonical term. Members are stored as stemmed term sequences in a trie;
/// the longest member that starts at a word wins. A compound word can match either as its whole form or as its
/// parts, so "kritieke prestatie-indicator", "kritieke prestatieindicator" and "kritieke prestatie indicator"
/// all meet the same member.
/// </summary>
internal sealed class SynonymMatcher
{
    /// <summary>Each compound in a member doubles its spellings; members are short phrases, so this never binds.</summary>
    private const int MaximumSpellingsPerMember = 64;

    private readonly Node _root = new();

    public static SynonymMatcher None { get; } = new();

    /// <summary>The canonical term and member already registered for this spelling, if another group has it.</summary>
    public (string Canonical, string Member, int Line)? Add(
        IReadOnlyList<TermGroup> member, string canonical, string text, int line)
    {
        foreach (var spelling in Spellings(member).Take(MaximumSpellingsPerMember))
        {
            var node = _root;
            foreach (var term in spelling)
            {
                node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Next.TryGetValue(term, out var child))
                    node.Next[term] = child = new Node();
                node = child;
            }

            if (node.Canonical is null)
                (node.Canonical, node.Member, node.Line) = (canonical, text, line);
            else if (node.Canonical != canonical)
                return (node.Canonical, node.Member!, node.Line);
        }

        return null;
    }

    public void Rewrite(IReadOnlyList<TermGroup> groups, List<string> output)
    {
        for (var i = 0; i < groups.Count;)
        {
            var (length, canonical) = LongestMatch(groups, i);
            if (canonical is not null)
            {
                output.Add(canonical);
                i += length;
                continue;
            }

            var group = groups[i++];
            output.Add(group.Whole);
            if (group.IsSplit)
                Rewrite([.. group.Parts.Select(TermGroup.Single)], output);
        }
    }

    private (int Length, string? Canonical) LongestMatch(IReadOnlyList<TermGroup> groups, int start)
    {
        (int Length, string? Canonical) best = (0, null);
        Walk(start, _root);
        return best;

        void Walk(int index, Node node)
        {
            if (index >= groups.Count || node.Next is null)
                return;
            var group = groups[index];
            if (node.Next.TryGetValue(group.Whole, out var whole))
                Reached(index, whole);
            if (group.IsSplit && group.Parts.Count > 0)
                Follow(index, node, group.Parts);
        }

        void Follow(int index, Node node, IReadOnlyList<string> terms)
        {
            for (var i = 0; i < terms.Count; i++)
            {
                if (node.Next is null || !node.Next.TryGetValue(terms[i], out var child))
                    return;
                node = child;
            }

            Reached(index, node);
        }

        // The phrase so far ends at the group at index: a synonym if it is one, and perhaps the start of a longer one.
        void Reached(int index, Node node)
        {
            var length = index + 1 - start;
            if (node.Canonical is not null && length > best.Length)
                best = (length, node.Canonical);
            Walk(index + 1, node);
        }
    }

    /// <summary>Every way to spell the member: each compound as its whole form or as its parts.</summary>
    private static IEnumerable<IReadOnlyList<string>> Spellings(IReadOnlyList<TermGroup> member, int from = 0)
    {
        if (from == member.Count)
        {
            yield return [];
            yield break;
        }

        var group = member[from];
        IReadOnlyList<string>[] choices = group.IsSplit && group.Parts.Count > 0 ? [[group.Whole], group.Parts] : [[group.Whole]];
        foreach (var rest in Spellings(member, from + 1))
        {
            foreach (var choice in choices)
                yield return [.. choice, .. rest];
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Next { get; set; }

        public string? Canonical { get; set; }

        public string? Member { get; set; }

        public int Line { get; set; }
    }
}
