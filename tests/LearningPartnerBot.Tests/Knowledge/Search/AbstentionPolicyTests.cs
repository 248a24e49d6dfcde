using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>When a close runner-up stops the bot from answering, and when it does not.</summary>
public sealed class AbstentionPolicyTests
{
    private const string Question = "Öğrenme iş ortağı olarak nasıl kaydolurum?";

    [Fact]
    public void A_question_the_best_topic_explains_almost_fully_is_answered_despite_a_close_neighbour()
    {
        var answer = TestKnowledge.Answerer.Answer(Question, "tr");

        Assert.True(answer.Ranked[0].Score - answer.Ranked[1].Score < new KnowledgeOptions().AbstentionFor("tr").MinMargin, "the runner-up should be close for this test to mean anything");
        Assert.Equal("how-to-enroll", answer.Answer?.Topic.Id);
    }

    [Fact]
    public void Without_the_sure_score_the_same_close_call_abstains()
    {
        var options = new KnowledgeOptions();
        options.AbstentionFor("tr").SureScore = 1.01;

        var answer = new FaqAnswerer(TestKnowledge.Index, options).Answer(Question, "tr");

        Assert.False(answer.IsAnswered);
        Assert.Contains(answer.Suggestions, s => s.Topic.Id == "how-to-enroll");
    }

    [Fact]
    public void An_out_of_scope_runner_up_still_makes_a_sure_answer_abstain()
    {
        // Two topics that explain the question equally well, one of them a known "we don't answer that".
        var index = SmallIndex(
            Topic("enroll-steps", "how do I enroll as a learning partner"),
            Topic("enroll-price", "how much does enrolling as a learning partner cost") with { IsOutOfScope = true });
        var options = new KnowledgeOptions();
        options.AbstentionFor("en").MinMargin = 0.5;

        var answer = new FaqAnswerer(index, options).Answer("enroll learning partner", "en");

        Assert.True(answer.Ranked.Count > 0 && answer.Ranked[0].Score >= options.AbstentionFor("en").SureScore);
        Assert.False(answer.IsAnswered);
    }

    private static KnowledgeTopic Topic(string id, string question)
    {
        var text = new TopicText(question, [], "An answer.");
        return new KnowledgeTopic(id, new TopicSource("anchor", [], null), [], [], KnowledgeLanguages.All.ToDictionary(l => l, _ => text));
    }

    private static FaqIndex SmallIndex(params KnowledgeTopic[] topics)
    {
        var synonyms = SynonymTable.Load(Path.Combine(TestKnowledge.Directory, "synonyms.yaml"));
        return FaqIndexLoader.Build(new KnowledgeBase(TestKnowledge.Index.Knowledge.Article, topics), synonyms);
    }
}
