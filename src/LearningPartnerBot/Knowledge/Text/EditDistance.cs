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
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        // One letter inserted or dropped.
        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }
}
