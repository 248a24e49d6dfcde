using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>Lookups on YamlDotNet's representation model that treat a missing or mistyped node as absent.</summary>
internal static class YamlNodes
{
    /// <summary>The root mapping of a YAML text; null for an empty document.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static YamlMappingNode? LoadMapping(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
    }

    public static YamlNode? Child(this YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Scalar(this YamlMappingNode mapping, string key) =>
        (mapping.Child(key) as YamlScalarNode)?.Value;

    public static int? Int(this YamlMappingNode mapping, string key) =>
        int.TryParse(mapping.Scalar(key), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static IEnumerable<YamlMappingNode> Mappings(this YamlMappingNode mapping, string key) =>
        (mapping.Child(key) as YamlSequenceNode)?.Children.OfType<YamlMappingNode>() ?? [];
}
