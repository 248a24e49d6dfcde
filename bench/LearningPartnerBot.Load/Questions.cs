namespace LearningPartnerBot.Load;

/// <summary>
/// Partner questions the FAQ answers, in en/nl/tr: the answerable rows of the public evaluation set
/// (tests/LearningPartnerBot.Tests/Knowledge/Eval/faq-dev.tsv), so every one should come back as an answer card.
/// </summary>
internal static class Questions
{
    public static IReadOnlyDictionary<string, string[]> ByLanguage { get; } = Load();

    public static string[] Languages { get; } = ["en", "nl", "tr"];

    private static Dictionary<string, string[]> Load()
    {
        using var stream = typeof(Questions).Assembly.GetManifestResourceStream("questions.tsv")
            ?? throw new InvalidOperationException("questions.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string Language, string Question)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length >= 2)
            {
                rows.Add((cells[0], cells[1]));
            }
        }

        return rows.GroupBy(r => r.Language).ToDictionary(g => g.Key, g => g.Select(r => r.Question).ToArray());
    }
}
