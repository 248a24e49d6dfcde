using LearningPartnerBot.Knowledge;

namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>
/// Partners who explain their situation before they ask add words no topic explains, so the right topic explains a
/// smaller share of the question. A long question gets a lower bar, so the context does not cost the answer.
/// </summary>
public sealed class LongQuestionTests
{
    public static TheoryData<string, string, string> LongQuestions => new()
    {
        { "en", "Hello, our small company in Leeds has been running classes for local customers for years. A trainer did a few certifications last quarter, before we applied. Do we lose those KPIs?", "kpi-recognized-before-enrollment" },
        { "nl", "Wij zijn een klein opleidingsbureau uit Zwolle met twee vaste trainers en wat klanten in de regio. Kunnen we orderbevestigingen gebruiken als bewijs voor onze KPI's?", "invoice-only" },
        { "tr", "İzmir'de yeni kurulmuş küçük bir eğitim firmasıyız, ekipte üç eğitmen ve bir satış sorumlusu var, müşterilerimiz çoğunlukla bankalar ve sigorta şirketleri. Başvurmadan önce aldığımız sertifikaların KPI'ları sonradan otomatik sayılıyor mu?", "kpi-recognized-before-enrollment" },
    };

    [Theory]
    [MemberData(nameof(LongQuestions))]
    public void A_question_with_context_about_the_partner_is_answered_with_its_topic(string language, string question, string topic)
    {
        var answer = TestKnowledge.Answerer.Answer(question, language);

        Assert.Equal(topic, answer.Answer?.Topic.Id);
    }

    [Theory]
    [MemberData(nameof(LongQuestions))]
    public void Without_the_lower_bar_for_long_questions_the_same_question_is_not_answered(string language, string question, string topic)
    {
        var options = new KnowledgeOptions();
        options.AbstentionFor(language).LongQuestionTerms = int.MaxValue;

        var answer = new FaqAnswerer(TestKnowledge.Index, options).Answer(question, language);

        Assert.False(answer.IsAnswered, $"answered with {answer.Answer?.Topic.Id}, so the test does not show the lower bar (expected topic {topic})");
    }

    [Fact]
    public void A_short_question_keeps_the_full_bar()
    {
        var policy = new KnowledgeOptions().AbstentionFor("en");

        Assert.Equal(policy.MinScore, policy.MinScoreFor(policy.LongQuestionTerms, policy.MinScore));
        Assert.True(policy.MinScoreFor(policy.LongQuestionTerms + 5, policy.MinScore) < policy.MinScore);
        Assert.Equal(policy.LowestMinScore, policy.MinScoreFor(1000, policy.MinScore));
    }
}
