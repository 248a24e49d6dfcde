using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Adds a phrasing to one language's alternates in a topic file by editing its text, like <see cref="TopicHashEditor"/>:
/// the file keeps its comments and layout, and the change is one added line a reviewer can read in a diff.
/// </summary>
public static class TopicAlternateEditor
{
    /// <summary>The topic text with <paramref name="phrasing"/> as the last of <paramref name="language"/>'s alternates.</summary>
    /// <exception cref="InvalidDataException">The text is not a topic file with that language's alternates.</exception>
    public static string AddAlternate(string yaml, string language, string phrasing)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var line = OneLine(phrasing);
        if (line.Length == 0)
        {
            throw new ArgumentException("The phrasing is empty.", nameof(phrasing));
        }

        YamlMappingNode? root;
        try
        {
            root = YamlNodes.LoadMapping(yaml);
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"not valid YAML ({ex.Message})", ex);
        }

        if (root?.Child(language) is not YamlMappingNode text || text.Child("alternates") is not YamlSequenceNode { Children.Count: > 0 } alternates)
        {
            throw new InvalidDataException($"it has no '{language}' alternates to add to");
        }

        var quoted = Quote(line);
        if (alternates.Style == YamlDotNet.Core.Events.SequenceStyle.Flow)
        {
            var close = TopicHashEditor.MatchingClose(yaml, (int)alternates.Start.Index, '[', ']');
            return yaml.Insert(close, ", " + quoted);
        }

        var last = alternates.Children[^1];
        var dash = yaml.LastIndexOf('-', (int)last.Start.Index - 1);
        var lineStart = yaml.LastIndexOf('\n', dash) + 1;
        var indent = yaml[lineStart..dash];
        var newline = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var end = TopicHashEditor.EndOfNode(yaml, last);
        var lineEnd = yaml.IndexOf('\n', end);
        if (lineEnd < 0)
        {
            return yaml + newline + indent + "- " + quoted;
        }

        if (lineEnd > 0 && yaml[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        return yaml.Insert(lineEnd, newline + indent + "- " + quoted);
    }

    /// <summary>Whether <paramref name="phrasing"/> is already one of the topic's phrasings in that language (ignoring case and spacing).</summary>
    public static bool HasPhrasing(KnowledgeTopic topic, string language, string phrasing)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var wanted = OneLine(phrasing);
        return topic.Texts.TryGetValue(language, out var text)
            && text.Phrasings.Any(p => string.Equals(OneLine(p), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Partner text on one line with single spaces: a phrasing is one line of a YAML list.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[])[' ', '\t', '\r', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>A YAML double-quoted scalar: whatever the partner typed (colons, #, quotes) stays text.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                _ when char.IsControl(c) => quoted.Append(' '),
                _ => quoted.Append(c),
            };
        }

        return quoted.Append('"').ToString();
    }
}
