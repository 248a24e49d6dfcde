using System.Globalization;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>The knowledge base's way of citing sentence ids: single ids ("105") and inclusive ranges ("121-125").</summary>
public static class SentenceRanges
{
    /// <summary>Expands one item of a topic's source.sentences; false when it is neither an id nor a range.</summary>
    public static bool TryParse(string item, out IReadOnlyList<int> ids)
    {
        ids = [];
        var parts = item.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is < 1 or > 2 || !TryId(parts[0], out var first))
        {
            return false;
        }

        var last = first;
        if (parts.Length == 2 && (!TryId(parts[1], out last) || last < first))
        {
            return false;
        }

        ids = Enumerable.Range(first, last - first + 1).ToList();
        return true;
    }

    /// <summary>Compacts ids into sorted items, runs of consecutive ids as ranges: 121,122,123,128 → "121-123", "128".</summary>
    public static IReadOnlyList<string> Format(IEnumerable<int> ids)
    {
        var items = new List<string>();
        var sorted = ids.Distinct().Order().ToList();
        for (var start = 0; start < sorted.Count;)
        {
            var end = start;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1)
            {
                end++;
            }

            items.Add(start == end
                ? sorted[start].ToString(CultureInfo.InvariantCulture)
                : $"{sorted[start].ToString(CultureInfo.InvariantCulture)}-{sorted[end].ToString(CultureInfo.InvariantCulture)}");
            start = end + 1;
        }

        return items;
    }

    private static bool TryId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
