using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Writes source.hash into a curated topic file by editing its text, not by re-serializing it: topic files are
/// hand-written, and a round trip through a YAML serializer would drop their comments and reflow their layout.
/// An existing hash value is replaced in place; a missing one is added as the source mapping's last key.
/// </summary>
public static class TopicHashEditor
{
    public static async Task SetHashInFileAsync(string path, string hash, CancellationToken ct)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct);
        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = new UTF8Encoding(false).GetString(bytes.AsSpan(hasBom ? Encoding.UTF8.Preamble.Length : 0));
        await File.WriteAllTextAsync(path, SetHash(text, hash), new UTF8Encoding(hasBom), ct);
    }

    /// <exception cref="InvalidDataException">The text is not YAML or has no source mapping.</exception>
    public static string SetHash(string yaml, string hash)
    {
        YamlMappingNode? root;
        try
        {
            root = YamlNodes.LoadMapping(yaml);
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"not valid YAML ({ex.Message})", ex);
        }

        if (root?.Child("source") is not YamlMappingNode source)
        {
            throw new InvalidDataException("it has no source mapping to record the hash in");
        }

        var existing = source.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode { Value: "hash" });
        if (existing.Key is not null)
        {
            return ReplaceValue(yaml, existing.Key, existing.Value, hash);
        }

        return source.Style == YamlDotNet.Core.Events.MappingStyle.Flow
            ? InsertIntoFlowMapping(yaml, source, hash)
            : InsertIntoBlockMapping(yaml, source, hash);
    }

    private static string ReplaceValue(string yaml, YamlNode key, YamlNode value, string hash)
    {
        if (value is YamlScalarNode && value.End.Index > value.Start.Index)
        {
            return string.Concat(yaml.AsSpan(0, (int)value.Start.Index), hash, yaml.AsSpan((int)value.End.Index));
        }

        // "hash:" with no value: put the hash right after the colon, leaving any comment on the line in place.
        var colon = yaml.IndexOf(':', (int)key.End.Index);
        return yaml.Insert(colon + 1, " " + hash);
    }

    private static string InsertIntoFlowMapping(string yaml, YamlMappingNode source, string hash)
    {
        var close = MatchingClose(yaml, (int)source.Start.Index, '{', '}');
        return yaml.Insert(close, ", hash: " + hash);
    }

    private static string InsertIntoBlockMapping(string yaml, YamlMappingNode source, string hash)
    {
        var indent = new string(' ', (int)source.Children.First().Key.Start.Column - 1);
        var newline = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var end = EndOfNode(yaml, source.Children.Last().Value);
        if (end > 0 && yaml[end - 1] == '\n')
        {
            return yaml.Insert(end, $"{indent}hash: {hash}{newline}");
        }

        var lineEnd = yaml.IndexOf('\n', end);
        if (lineEnd < 0)
        {
            return yaml + newline + $"{indent}hash: {hash}";
        }

        if (lineEnd > 0 && yaml[lineEnd - 1] == '\r')
        {
            lineEnd--;
        }

        return yaml.Insert(lineEnd, $"{newline}{indent}hash: {hash}");
    }

    /// <summary>
    /// Where a node's text ends. YamlDotNet's end marks are exact for scalars but not for block collections,
    /// so a block collection ends where its last scalar does; a flow collection ends at its closing bracket.
    /// </summary>
    internal static int EndOfNode(string yaml, YamlNode node) => node switch
    {
        YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } => MatchingClose(yaml, (int)node.Start.Index, '[', ']') + 1,
        YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } => MatchingClose(yaml, (int)node.Start.Index, '{', '}') + 1,
        YamlSequenceNode { Children.Count: > 0 } sequence => EndOfNode(yaml, sequence.Children[^1]),
        YamlMappingNode { Children.Count: > 0 } mapping => EndOfNode(yaml, mapping.Children.Last().Value),
        _ => (int)node.End.Index,
    };

    internal static int MatchingClose(string yaml, int start, char open, char close)
    {
        var depth = 0;
        for (var i = start; i < yaml.Length; i++)
        {
            if (yaml[i] == open)
            {
                depth++;
            }
            else if (yaml[i] == close && --depth == 0)
            {
                return i;
            }
        }

        throw new InvalidDataException($"a '{open}' is not closed");
    }
}
