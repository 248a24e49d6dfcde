using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Reads the structure of synonyms.yaml (language → groups of canonical + members) and reports the first
/// problem with its file and line. Whether members make sense as search terms is checked afterwards, by
/// <see cref="SynonymTable"/>, because that needs the analyzers.
/// </summary>
internal static partial class SynonymFileReader
{
    public static Dictionary<string, List<SynonymGroup>> Read(string yaml, string file)
    {
        var groups = SupportedLanguages.All.ToDictionary(
            language => language, _ => new List<SynonymGroup>(), StringComparer.Ordinal);
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException exception)
        {
            throw new KnowledgeFileException(file, LineOf(exception.Start), $"not valid YAML: {exception.Message}", exception);
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner fails this way on some unterminated flow lists ("[a, b" then a new entry).
            const string reason = "not valid YAML: unexpected text (an unclosed [ or { above?)";
            throw new KnowledgeFileException(file, LineOf(scanner.CurrentPosition), reason, exception);
        }

        if (stream.Documents.Count == 0)
            return groups;
        if (stream.Documents.Count > 1)
            throw new KnowledgeFileException(file, LineOf(stream.Documents[1].RootNode.Start), "expected one YAML document");
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Error(file, stream.Documents[0].RootNode, "expected a mapping of languages (en, nl, tr) to groups");

        foreach (var (key, value) in root.Children)
        {
            var language = Scalar(file, key, "a language");
            if (!groups.TryGetValue(language, out var languageGroups))
                throw Error(file, key, $"unknown language '{language}'; expected en, nl or tr");
            if (value is not YamlSequenceNode list)
                throw Error(file, value, $"expected a list of groups under '{language}'");
            foreach (var item in list)
                languageGroups.Add(ReadGroup(file, language, item, languageGroups));
        }

        return groups;
    }

    private static SynonymGroup ReadGroup(string file, string language, YamlNode item, List<SynonymGroup> previous)
    {
        if (item is not YamlMappingNode group)
            throw Error(file, item, "expected a group with 'canonical' and 'members'");

        string? canonical = null;
        List<string>? members = null;
        foreach (var (key, value) in group.Children)
        {
            switch (Scalar(file, key, "a key"))
            {
                case "canonical":
                    canonical = Scalar(file, value, "the canonical term");
                    if (!CanonicalTerm().IsMatch(canonical))
                    {
                        throw Error(file, value,
                            $"canonical '{canonical}' must be one lower-case word of a-z and 0-9: it is stored as a single search term");
                    }

                    if (previous.FirstOrDefault(other => other.Canonical == canonical) is { } duplicate)
                        throw Error(file, value, $"canonical '{canonical}' is already used in {language} on line {duplicate.Line}");
                    break;
                case "members":
                    if (value is not YamlSequenceNode list || list.Children.Count == 0)
                        throw Error(file, value, "'members' must be a non-empty list of words or phrases");
                    members = [.. list.Select(member => Scalar(file, member, "a member word or phrase"))];
                    break;
                case var other:
                    throw Error(file, key, $"unknown key '{other}'; a group has 'canonical' and 'members'");
            }
        }

        if (canonical is null || members is null)
        {
            var missing = canonical is null ? "canonical" : "members";
            throw Error(file, group, $"a group needs both 'canonical' and 'members' (missing '{missing}')");
        }

        return new SynonymGroup(canonical, members, LineOf(group.Start));
    }

    private static string Scalar(string file, YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            return value.Trim();
        throw Error(file, node, $"expected {what} as non-empty text");
    }

    private static KnowledgeFileException Error(string file, YamlNode node, string reason) =>
        new(file, LineOf(node.Start), reason);

    private static int LineOf(Mark mark) => (int)Math.Clamp(mark.Line, 0, int.MaxValue);

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex CanonicalTerm();
}
