using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Knowledge.Loading;

/// <summary>
/// A YAML mapping that remembers its file, so every complaint about content names the file and line.
/// The representation model is used instead of deserializing into classes because it keeps each node's position.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;

    private YamlMap(string file, YamlMappingNode node)
    {
        File = file;
        _node = node;
    }

    public string File { get; }

    public int Line => (int)_node.Start.Line;

    public static YamlMap Parse(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new KnowledgeFileException(file, (int)ex.Start.Line, ex.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new KnowledgeFileException(file, 1, "expected a mapping of keys to values at the top of the file");
        }

        return new YamlMap(file, root);
    }

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);

    public string RequiredString(string key)
    {
        var value = OptionalString(key);
        return string.IsNullOrWhiteSpace(value) ? throw Fail($"'{key}' is required and must not be empty", NodeOrSelf(key)) : value;
    }

    public string? OptionalString(string key)
    {
        if (Find(key) is not { } node)
        {
            return null;
        }

        return node is YamlScalarNode scalar
            ? scalar.Value?.Trim()
            : throw Fail($"'{key}' must be a single text value", node);
    }

    public IReadOnlyList<string> StringList(string key)
    {
        switch (Find(key))
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children.Select(item => item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)
                    ? v.Trim()
                    : throw Fail($"every item of '{key}' must be non-empty text", item))];
            case YamlScalarNode { Value: { } single } when !string.IsNullOrWhiteSpace(single):
                return [single.Trim()];
            case var other:
                throw Fail($"'{key}' must be a list", other);
        }
    }

    public YamlMap RequiredMap(string key) => Find(key) switch
    {
        YamlMappingNode map => new YamlMap(File, map),
        null => throw Fail($"'{key}' is required", _node),
        var other => throw Fail($"'{key}' must be a mapping of keys to values", other),
    };

    public int LineOf(string key) => (int)NodeOrSelf(key).Start.Line;

    public KnowledgeFileException Fail(string reason) => Fail(reason, _node);

    private YamlNode NodeOrSelf(string key) => Find(key) ?? _node;

    private YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private KnowledgeFileException Fail(string reason, YamlNode node) => new(File, (int)node.Start.Line, reason);
}
