using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// Reads id and source (anchor, sentences, hash) from &lt;kb&gt;/topics/*.yaml. Validating topics is the loader's
/// job; a file the importer cannot read is reported and left out rather than stopping the import.
/// </summary>
public static class CuratedTopicReader
{
    public static IReadOnlyList<CuratedTopic> ReadAll(string kbDirectory, ICollection<ImportWarning> warnings)
    {
        var folder = Path.Combine(kbDirectory, "topics");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var topics = new List<CuratedTopic>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (Read(file, warnings) is { } topic)
            {
                topics.Add(topic);
            }
        }

        return [.. topics.OrderBy(topic => topic.Id, StringComparer.Ordinal)];
    }

    private static CuratedTopic? Read(string file, ICollection<ImportWarning> warnings)
    {
        var name = Path.GetFileName(file);
        YamlMappingNode? root;
        try
        {
            root = YamlNodes.LoadMapping(File.ReadAllText(file));
        }
        catch (Exception ex) when (ex is YamlException or IOException or UnauthorizedAccessException)
        {
            warnings.Add(new ImportWarning(0, $"topics/{name} could not be read and was skipped: {ex.Message}"));
            return null;
        }

        if (root is null || root.Scalar("id") is not { Length: > 0 } id)
        {
            warnings.Add(new ImportWarning(0, $"topics/{name} has no id and was skipped"));
            return null;
        }

        var source = root.Child("source") as YamlMappingNode;
        var ids = new SortedSet<int>();
        if (source is not null && source.Child("sentences") is { } sentences)
        {
            var items = sentences is YamlSequenceNode sequence ? sequence.Children : [sentences];
            foreach (var item in items)
            {
                var text = (item as YamlScalarNode)?.Value ?? string.Empty;
                if (SentenceRanges.TryParse(text, out var range))
                {
                    ids.UnionWith(range);
                }
                else
                {
                    warnings.Add(new ImportWarning(0, $"topics/{name}: source.sentences item '{text}' is not an id or range"));
                }
            }
        }

        var hash = source?.Scalar("hash");
        return new CuratedTopic(id, file, source?.Scalar("anchor"), ids, string.IsNullOrWhiteSpace(hash) ? null : hash.Trim());
    }
}
