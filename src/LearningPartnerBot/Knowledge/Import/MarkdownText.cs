using System.Text.RegularExpressions;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>Renders article lines as tidy markdown for an answer.</summary>
internal static partial class MarkdownText
{
    /// <summary>
    /// Joins rendered lines, dropping Learn's untranslated alert markers ("> [!NOTE]": the quote that follows
    /// still reads as a note), trailing spaces and repeated blank lines.
    /// </summary>
    public static string Join(IEnumerable<ArticleLine> lines, ArticleLanguage language)
    {
        var output = new List<string>();
        foreach (var line in lines)
        {
            var text = line.Render(language).TrimEnd();
            if (AlertMarker().IsMatch(text))
            {
                continue;
            }

            if (text.Length > 0 || (output.Count > 0 && output[^1].Length > 0))
            {
                output.Add(text);
            }
        }

        while (output.Count > 0 && output[^1].Length == 0)
        {
            output.RemoveAt(output.Count - 1);
        }

        return string.Join('\n', output);
    }

    [GeneratedRegex(@"^\s*>\s*\[!\w+\]\s*$")]
    private static partial Regex AlertMarker();
}
