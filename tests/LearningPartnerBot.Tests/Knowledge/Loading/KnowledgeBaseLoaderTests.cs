using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Loading;

namespace LearningPartnerBot.Tests.Knowledge.Loading;

public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    /// <summary>The topics the FAQ must cover, one for each subject of the article partners ask about.</summary>
    private static readonly string[] RequiredTopics =
    [
        "roles", "program-overview", "how-to-enroll", "kpi-requirements-change", "new-partner-resources", "covid-extension",
        "stay-updated", "action-pack", "non-learning-courseware", "silver", "which-competencies", "gold", "silver-to-gold-discount",
        "business-application-plan", "kpi-recognized-before-enrollment", "kpi-discrepancy", "kpi-reporting", "invoice-only",
        "training-duration-kpi", "directory-listing",
    ];

    private const int MaxAnswerLength = 1200;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"kb-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void The_shipped_knowledge_base_covers_every_required_topic_in_three_languages()
    {
        var kb = TestKnowledge.Index.Knowledge;

        Assert.Subset(kb.Topics.Select(t => t.Id).ToHashSet(), RequiredTopics.ToHashSet());
        foreach (var topic in kb.Topics)
        {
            foreach (var language in KnowledgeLanguages.All)
            {
                var text = topic.Texts[language];
                Assert.True(text.Alternates.Count >= 6, $"{topic.Id}/{language} has {text.Alternates.Count} alternates");
                // Short enough to read in a chat card; step lists (action-pack, silver) are the longest.
                Assert.InRange(text.Answer.Trim().Length, 40, MaxAnswerLength);
                Assert.StartsWith($"https://learn.microsoft.com/", kb.SourceLink(topic, language).AbsoluteUri, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Only_the_request_topics_offer_to_file_a_request()
    {
        var withActions = TestKnowledge.Index.Knowledge.Topics.Where(t => t.Actions.Count > 0).ToDictionary(t => t.Id, t => Assert.Single(t.Actions));

        Assert.Equal(new Dictionary<string, string> { ["kpi-discrepancy"] = "kpi-discrepancy", ["directory-listing"] = "directory-listing" }, withActions);
    }

    public static TheoryData<string, int, string> BrokenTopics => new()
    {
        // the broken topic file, the line the error must name, and words the reason must contain
        { "id: roles\nsource: {anchor: a}\nsource: {anchor: b}\n", 3, "Duplicate key" },
        { "id: Roles\nsource: {anchor: a}\n", 1, "kebab-case" },
        { Topic("roles", answer: "''"), 8, "'answer' is required" },
        { Topic("roles", alternates: 3), 6, "at least 6 distinct alternates" },
        { Topic("roles", related: "[nowhere]"), 3, "related topic 'nowhere' does not exist" },
        { Topic("roles", actions: "[order-pizza]"), 4, "unknown action 'order-pizza'" },
        { Topic("roles").Replace("  question: Q en?\n", "  question: Q en?\n  key-words: [refund]\n", StringComparison.Ordinal), 6, "belong to out-of-scope entries" },
    };

    [Theory]
    [MemberData(nameof(BrokenTopics))]
    public void A_broken_topic_file_stops_loading_with_its_file_line_and_reason(string yaml, int line, string reason)
    {
        WriteKb(("roles", yaml), ("gold", Topic("gold")));

        var error = Assert.Throws<KnowledgeFileException>(() => KnowledgeBaseLoader.Load(_folder));

        Assert.EndsWith(Path.Combine("topics", "roles.yaml"), error.File, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{error.File}:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_folder_loads_with_links_built_from_the_article_urls()
    {
        WriteKb(("roles", Topic("roles", related: "[gold]")), ("gold", Topic("gold")));

        var kb = KnowledgeBaseLoader.Load(_folder);

        Assert.Equal(["gold", "roles"], kb.Topics.Select(t => t.Id));
        Assert.Equal("https://example.org/nl/article#anchor-roles", kb.SourceLink(kb.Find("roles")!, "nl").AbsoluteUri);
    }

    private void WriteKb(params (string Id, string Yaml)[] topics)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "topics"));
        File.WriteAllText(Path.Combine(_folder, "article.yaml"),
            "title: T\nurls:\n  en: https://example.org/en/article\n  nl: https://example.org/nl/article\n  tr: https://example.org/tr/article\n");
        foreach (var (id, yaml) in topics)
        {
            File.WriteAllText(Path.Combine(_folder, "topics", id + ".yaml"), yaml);
        }
    }

    private static string Topic(string id, string answer = "An answer.", int alternates = 6, string related = "[]", string actions = "[]")
    {
        var languages = string.Concat(KnowledgeLanguages.All.Select(language =>
            $"{language}:\n  question: Q {language}?\n  alternates: [{string.Join(", ", Enumerable.Range(1, alternates).Select(i => $"alt {i}"))}]\n  answer: {answer}\n"));
        return $"id: {id}\nsource: {{anchor: anchor-{id}, sentences: [1]}}\nrelated: {related}\nactions: {actions}\n" + languages;
    }

}
