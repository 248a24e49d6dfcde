using System.Globalization;
using YamlDotNet.Core;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// kb/imported/stale.yaml: the curated topics `kb import` found possibly stale, kept until they are accepted,
/// so `kb review` can list them without re-reading the article.
/// </summary>
public static class StaleTopicStore
{
    public static string PathIn(string kbDirectory) => Path.Combine(kbDirectory, "imported", "stale.yaml");

    /// <summary>The stale topics in id order; empty when no import has run.</summary>
    /// <exception cref="InvalidDataException">The file exists but is not a stale list.</exception>
    public static IReadOnlyList<StaleTopicReport> Load(string kbDirectory)
    {
        var path = PathIn(kbDirectory);
        if (!File.Exists(path))
        {
            return [];
        }

        try
        {
            var root = YamlNodes.LoadMapping(File.ReadAllText(path));
            return root is null ? [] : [.. root.Mappings("topics").Select(ReadTopic)];
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
    }

    public static string ToYaml(IEnumerable<StaleTopicReport> topics)
    {
        using var yaml = new YamlEventWriter(
        [
            "Curated topics whose article text changed since their last review, or that were never reviewed. Written by `kb import`.",
            "Check the topic against the article, then record it as reviewed: kb import <article.md> --accept <topic-id>",
        ]);
        yaml.StartList("topics");
        foreach (var topic in topics.OrderBy(t => t.TopicId, StringComparer.Ordinal))
        {
            yaml.StartMapping()
                .Field("id", topic.TopicId)
                .Field("article", topic.Article)
                .Field("oldHash", topic.OldHash)
                .Field("newHash", topic.NewHash)
                .StartList("changedSentences");
            foreach (var sentence in topic.ChangedSentences)
            {
                yaml.StartMapping()
                    .Field("id", sentence.Id.ToString(CultureInfo.InvariantCulture))
                    .Field("previous", sentence.Previous)
                    .Field("current", sentence.Current)
                    .EndMapping();
            }

            yaml.EndList().EndMapping();
        }

        return yaml.EndList().Finish();
    }

    private static StaleTopicReport ReadTopic(YamlDotNet.RepresentationModel.YamlMappingNode topic) => new(
        topic.Scalar("id") ?? throw new YamlException(topic.Start, topic.End, "a stale topic has no id"),
        topic.Scalar("article") ?? string.Empty,
        topic.Scalar("oldHash"),
        topic.Scalar("newHash") ?? string.Empty,
        [.. topic.Mappings("changedSentences").Select(s => new ChangedSentence(s.Int("id") ?? 0, s.Scalar("previous"), s.Scalar("current")))]);
}
