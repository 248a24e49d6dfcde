using System.Globalization;
using YamlDotNet.Core;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>kb/imported/reviewed.yaml: the <see cref="ReviewedText"/> of every topic accepted with `kb import --accept`.</summary>
public static class ReviewedTextStore
{
    public static string PathIn(string kbDirectory) => Path.Combine(kbDirectory, "imported", "reviewed.yaml");

    /// <exception cref="InvalidDataException">The file exists but cannot be read as reviewed texts.</exception>
    public static IReadOnlyDictionary<string, ReviewedText> Load(string kbDirectory)
    {
        var path = PathIn(kbDirectory);
        var reviewed = new Dictionary<string, ReviewedText>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return reviewed;
        }

        try
        {
            var root = YamlNodes.LoadMapping(File.ReadAllText(path));
            foreach (var topic in root?.Mappings("topics") ?? [])
            {
                if (topic.Scalar("id") is { } id && topic.Scalar("hash") is { } hash)
                {
                    var sentences = topic.Mappings("sentences")
                        .Where(s => s.Int("id") is not null)
                        .ToDictionary(s => s.Int("id")!.Value, s => s.Scalar("english") ?? string.Empty);
                    reviewed[id] = new ReviewedText(id, hash, sentences);
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }

        return reviewed;
    }

    public static string ToYaml(IEnumerable<ReviewedText> topics)
    {
        using var yaml = new YamlEventWriter(
        [
            "The English each curated topic rested on when it was last accepted (`kb import --accept`).",
            "`kb import` compares the article with it to show which sentences changed. Written by `kb import`.",
        ]);
        yaml.StartList("topics");
        foreach (var topic in topics.OrderBy(t => t.TopicId, StringComparer.Ordinal))
        {
            yaml.StartMapping()
                .Field("id", topic.TopicId)
                .Field("hash", topic.Hash)
                .StartList("sentences");
            foreach (var (id, english) in topic.Sentences.OrderBy(pair => pair.Key))
            {
                yaml.StartMapping()
                    .Field("id", id.ToString(CultureInfo.InvariantCulture))
                    .Field("english", english)
                    .EndMapping();
            }

            yaml.EndList().EndMapping();
        }

        return yaml.EndList().Finish();
    }
}
