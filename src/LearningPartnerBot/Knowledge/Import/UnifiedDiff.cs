using System.Globalization;
using System.Text;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// A unified diff (git style, a/ and b/ prefixes) between two versions of a file, as one hunk spanning every changed
/// line with three lines of context: enough for the small edits the review queue makes, and `git apply` accepts it.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are equal. <paramref name="before"/> null means a new file.</summary>
    public static string Create(string path, string? before, string after)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (before == after)
        {
            return string.Empty;
        }

        var old = Lines(before ?? string.Empty);
        var @new = Lines(after);
        var prefix = 0;
        while (prefix < old.Count && prefix < @new.Count && old[prefix] == @new[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Count - prefix && suffix < @new.Count - prefix && old[old.Count - 1 - suffix] == @new[@new.Count - 1 - suffix])
        {
            suffix++;
        }

        var start = Math.Max(0, prefix - Context);
        var oldEnd = Math.Min(old.Count, old.Count - suffix + Context);
        var newEnd = Math.Min(@new.Count, @new.Count - suffix + Context);

        var diff = new StringBuilder();
        diff.Append(before is null ? "--- /dev/null\n" : $"--- a/{path}\n").Append(CultureInfo.InvariantCulture, $"+++ b/{path}\n");
        diff.Append(CultureInfo.InvariantCulture, $"@@ -{Range(start, oldEnd - start)} +{Range(start, newEnd - start)} @@\n");
        for (var i = start; i < prefix; i++)
        {
            diff.Append(' ').Append(old[i]).Append('\n');
        }

        for (var i = prefix; i < old.Count - suffix; i++)
        {
            diff.Append('-').Append(old[i]).Append('\n');
        }

        for (var i = prefix; i < @new.Count - suffix; i++)
        {
            diff.Append('+').Append(@new[i]).Append('\n');
        }

        for (var i = old.Count - suffix; i < oldEnd; i++)
        {
            diff.Append(' ').Append(old[i]).Append('\n');
        }

        return diff.ToString();
    }

    /// <summary>Unified diffs count lines from 1; an empty range names the line before it.</summary>
    private static string Range(int start, int count) =>
        count == 0 ? string.Create(CultureInfo.InvariantCulture, $"{start},0") : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    /// <summary>The file's lines without their line ends; a final newline does not make an extra empty line.</summary>
    private static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
