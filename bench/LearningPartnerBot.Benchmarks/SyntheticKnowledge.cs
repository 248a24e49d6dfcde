using LearningPartnerBot.Knowledge;

namespace LearningPartnerBot.Benchmarks;

/// <summary>
/// A knowledge base of any size made from the shipped one: each synthetic topic recombines the real topics' words,
/// so the vocabulary, phrasing lengths and languages look like real content. Seeded, so every run indexes the same KB.
/// </summary>
internal static class SyntheticKnowledge
{
    public static KnowledgeBase Grow(KnowledgeBase shipped, int topicCount, int seed = 42)
    {
        var random = new Random(seed);
        var words = KnowledgeLanguages.All.ToDictionary(
            l => l,
            l => shipped.Topics.SelectMany(t => t.Text(l).Phrasings.Append(t.Text(l).Answer)).SelectMany(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray());
        var topics = new List<KnowledgeTopic>(shipped.Topics);
        for (var i = topics.Count; i < topicCount; i++)
        {
            var texts = KnowledgeLanguages.All.ToDictionary(l => l, l => new TopicText(
                Sentence(words[l], random, 8),
                [.. Enumerable.Range(0, 8).Select(_ => Sentence(words[l], random, 5))],
                Sentence(words[l], random, 40)));
            topics.Add(new KnowledgeTopic($"synthetic-{i:D5}", new TopicSource("anchor", [], null), [], [], texts));
        }

        return new KnowledgeBase(shipped.Article, topics);
    }

    private static string Sentence(string[] words, Random random, int length) =>
        string.Join(' ', Enumerable.Range(0, length).Select(_ => words[random.Next(words.Length)]));
}
