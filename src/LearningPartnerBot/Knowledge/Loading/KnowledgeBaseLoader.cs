using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Knowledge.Loading;

/// <summary>
/// Reads <c>article.yaml</c> and <c>topics/*.yaml</c> from a knowledge-base folder and checks them as a whole
/// (ids, follow-ups, actions), so the bot never starts with content that would break a conversation.
/// </summary>
public static partial class KnowledgeBaseLoader
{
    public const int MinimumAlternates = 6;

    public static KnowledgeBase Load(string directory)
    {
        var articleFile = Path.Combine(directory, "article.yaml");
        if (!File.Exists(articleFile))
        {
            throw new KnowledgeFileException(articleFile, 0, "the knowledge base's article.yaml is missing");
        }

        var topicsDirectory = Path.Combine(directory, "topics");
        var topicFiles = Directory.Exists(topicsDirectory)
            ? Directory.GetFiles(topicsDirectory, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        if (topicFiles.Count == 0)
        {
            throw new KnowledgeFileException(topicsDirectory, 0, "no topic files (*.yaml) found");
        }

        var article = ReadArticle(YamlMap.Parse(File.ReadAllText(articleFile), articleFile));
        var parsed = topicFiles.Select(file => (Map: YamlMap.Parse(File.ReadAllText(file), file), File: file)).ToList();
        var topics = parsed.Select(p => TopicReader.Read(p.Map, Path.GetFileNameWithoutExtension(p.File))).ToList();
        CheckReferences(topics, parsed.Select(p => p.Map).ToList());
        return new KnowledgeBase(article, topics);
    }

    private static SourceArticle ReadArticle(YamlMap map)
    {
        var urls = map.RequiredMap("urls");
        var byLanguage = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var language in KnowledgeLanguages.All)
        {
            var text = urls.RequiredString(language);
            byLanguage[language] = Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
                ? uri
                : throw new KnowledgeFileException(map.File, urls.LineOf(language), $"urls.{language} must be an absolute https URL");
        }

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Keys.Contains("titles"))
        {
            var localized = map.RequiredMap("titles");
            foreach (var language in localized.Keys)
            {
                titles[language] = localized.RequiredString(language);
            }
        }

        DateOnly? date = null;
        if (map.OptionalString("date") is { } dateText)
        {
            date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new KnowledgeFileException(map.File, map.LineOf("date"), "date must be written yyyy-MM-dd");
        }

        return new SourceArticle(map.RequiredString("title"), byLanguage) { Titles = titles, Date = date };
    }

    private static void CheckReferences(List<KnowledgeTopic> topics, List<YamlMap> maps)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < topics.Count; i++)
        {
            if (!ids.Add(topics[i].Id))
            {
                throw new KnowledgeFileException(maps[i].File, maps[i].LineOf("id"), $"duplicate topic id '{topics[i].Id}'");
            }
        }

        var answerable = topics.Where(t => !t.IsOutOfScope).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < topics.Count; i++)
        {
            foreach (var related in topics[i].Related)
            {
                if (!answerable.Contains(related) || related == topics[i].Id)
                {
                    throw new KnowledgeFileException(maps[i].File, maps[i].LineOf("related"),
                        $"related topic '{related}' does not exist (or is the topic itself)");
                }
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex TopicIdPattern();
}
