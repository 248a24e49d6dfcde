namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>One row of an evaluation file: a question in a language, and the topic that must answer it ("none": must abstain).</summary>
public sealed record EvaluationCase(string Locale, string Question, string Topic, int Line)
{
    public const string None = "none";

    public bool MustAbstain => Topic == None;
}

/// <summary>
/// Reads the tab-separated evaluation files (header: locale, question, topic). Lines starting with '#' are comments,
/// also before the header, so a set can carry its provenance in the file itself.
/// </summary>
public static class EvaluationSet
{
    public static IReadOnlyList<EvaluationCase> Read(string file)
    {
        var cases = new List<EvaluationCase>();
        var lines = File.ReadAllLines(file);
        var headerPossible = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var isHeader = headerPossible && line.StartsWith("locale\t", StringComparison.Ordinal);
            headerPossible = false;
            if (isHeader)
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 3 || columns.Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"{file}:{i + 1}: expected three tab-separated columns: locale, question, topic");
            }

            cases.Add(new EvaluationCase(columns[0].Trim(), columns[1].Trim(), columns[2].Trim(), i + 1));
        }

        return cases;
    }
}
