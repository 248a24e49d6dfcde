namespace LearningPartnerBot.Knowledge.Text;

/// <summary>Optimal-string-alignment distance, only as far as "at most one edit" needs, which is all typo matching asks.</summary>
internal static class EditDistance
{
    public static bool IsWithinOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a.AsSpan(prefix);
        var restB = b.AsSpan(prefix);
        if (restA.Length == restB.Length)
        {
            // One substitution, or two neighbours swapped ("compteency").
            return restA[1..].SequenceEqual(restB[1..]) || IsSwapAtStart(restA, restB);
        }

        // One letter inserted or dropped.
        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }

    /// <summary>Whether the two words differ only by two neighbouring letters swapped ("whcih" for "which").</summary>
    public static bool IsSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        return IsSwapAtStart(a.AsSpan(prefix), b.AsSpan(prefix));
    }

    private static bool IsSwapAtStart(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Length >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..].SequenceEqual(b[2..]);
}
