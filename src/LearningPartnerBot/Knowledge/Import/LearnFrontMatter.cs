using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>The YAML block between the leading "---" lines of a Learn markdown file.</summary>
internal static class LearnFrontMatter
{
    /// <summary>Reads the front matter's top-level scalars; returns the index of the first line after it.</summary>
    public static int Read(IReadOnlyList<string> lines, out IReadOnlyDictionary<string, string> values)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            throw new LearnArticleFormatException("it does not start with a YAML front matter block ('---')");
        }

        var end = 1;
        while (end < lines.Count && lines[end].Trim() != "---")
        {
            end++;
        }

        if (end == lines.Count)
        {
            throw new LearnArticleFormatException("its front matter block is not closed with '---'");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(string.Join('\n', lines.Skip(1).Take(end - 1))));
        }
        catch (YamlException ex)
        {
            throw new LearnArticleFormatException($"its front matter is not valid YAML ({ex.Message})", ex);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
                {
                    result[name] = text;
                }
            }
        }

        values = result;
        return end + 1;
    }
}
