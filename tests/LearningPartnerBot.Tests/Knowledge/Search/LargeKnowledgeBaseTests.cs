using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>
/// A knowledge base with thousands of topics that share the program's common words: the candidate query then ranks
/// only the question's rarest terms' matches, and must still find what the shipped knowledge base finds.
/// </summary>
public sealed class LargeKnowledgeBaseTests
{
    private const int Distractors = 3000;

    private readonly FaqIndex _index = BuildWithDistractors();

    [Theory]
    [InlineData("en", "What do I need to qualify for the Learning Action Pack?", "action-pack")]
    [InlineData("en", "Where do I report a KPI discrepancy?", "kpi-discrepancy")]
    [InlineData("nl", "Wat zijn de vereisten voor de silver-competentie leeroptie?", "silver")]
    [InlineData("tr", "sirketimiz dizinde gorunmuyor", "directory-listing")]
    public void Questions_still_find_their_topic_among_thousands_of_topics_sharing_common_words(string language, string question, string topic)
    {
        Assert.Equal(topic, TestKnowledge.Answerer.Answer(question, language).Ranked[0].Topic.Id);

        var ranked = _index.Search(question, language).Topics;

        Assert.Equal(topic, ranked[0].Topic.Id);
    }

    [Fact]
    public void A_question_of_only_common_words_still_gets_candidates()
    {
        var ranked = _index.Search("learning partner program", "en").Topics;

        Assert.NotEmpty(ranked);
    }

    /// <summary>
    /// Each distractor says the program's common words plus words of its own, so "learning", "partner" and "program"
    /// match thousands of topics while the real topics' specific words stay rare.
    /// </summary>
    private static FaqIndex BuildWithDistractors()
    {
        var shipped = TestKnowledge.Index.Knowledge;
        var common = new Dictionary<string, string>
        {
            ["en"] = "learning partner program microsoft",
            ["nl"] = "learning partner programma microsoft",
            ["tr"] = "öğrenme iş ortağı programı microsoft",
        };
        var topics = shipped.Searchable.ToList();
        for (var i = 0; i < Distractors; i++)
        {
            var own = $"zq{i:D4}x yv{i % 97:D2}w";
            topics.Add(new KnowledgeTopic(
                $"distractor-{i:D4}",
                new TopicSource("anchor", [], null),
                [],
                [],
                KnowledgeLanguages.All.ToDictionary(l => l, l => new TopicText($"{common[l]} {own}", [own], $"{common[l]} {own}"))));
        }

        var synonyms = SynonymTable.Load(Path.Combine(TestKnowledge.Directory, "synonyms.yaml"));
        return FaqIndexLoader.Build(new KnowledgeBase(shipped.Article, topics), synonyms);
    }
}
