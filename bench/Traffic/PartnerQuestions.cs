namespace LearningPartnerBot.Traffic;

/// <summary>
/// The texts partners' questions are made from, per language: the knowledge base's own questions and phrasings (in
/// scope and out of scope) and the public evaluation sets, as written by <c>make-partner-questions.py</c>.
/// </summary>
public static class PartnerQuestions
{
    public static IReadOnlyList<string> Languages { get; } = ["en", "nl", "tr"];

    public static IReadOnlyDictionary<string, string[]> ByLanguage { get; } = Load();

    private static Dictionary<string, string[]> Load()
    {
        using var stream = typeof(PartnerQuestions).Assembly.GetManifestResourceStream("partner-questions.tsv")
            ?? throw new InvalidOperationException("partner-questions.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string Language, string Question)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                rows.Add((line[..tab], line[(tab + 1)..]));
            }
        }

        return rows.GroupBy(r => r.Language).ToDictionary(g => g.Key, g => g.Select(r => r.Question).ToArray());
    }
}
