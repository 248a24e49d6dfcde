using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>
/// A question that names something the article never answers (a refund, a voucher, a password) is not answered
/// with the topic its other words match, however many of them there are: "a refund for courseware we never used"
/// shares more words with the courseware answer than with anything about refunds.
/// </summary>
public sealed class OutOfScopeKeyTests
{
    [Theory]
    [InlineData("en", "we bought courseware on the marketplace but never used it, can we get a refund?", "oos-refunds", "refund")]
    [InlineData("nl", "we hebben cursusmateriaal gekocht maar nooit gebruikt, is terugbetaling mogelijk?", "oos-refunds", "terugbetaling")]
    [InlineData("tr", "satın aldığımız ama hiç kullanmadığımız kurs materyali için iade alabilir miyiz?", "oos-refunds", "iade")]
    [InlineData("tr", "Öğrenme iş ortağı olmayanların alabildiği kurs materyali Türkçe mi?", "oos-languages", "Türkçe")]
    [InlineData("nl", "hoeveel % korting geeft het Action Pack op courseware?", "oos-prices", "%")]
    [InlineData("nl", "kan ik mijn Action Pack-abonnement halverwege het jaar opzeggen?", "oos-partner-center-account", "opzeggen")]
    [InlineData("tr", "Action Pack aboneliğimizi yıl ortasında iptal edebilir miyiz?", "oos-partner-center-account", "iptal")]
    [InlineData("en", "how do we unsubscribe from the Action Pack before the year is over?", "oos-partner-center-account", "unsubscribe")]
    [InlineData("nl", "Waar vind ik onze partnerovereenkomst terug in Partner Center?", "oos-other-programs", "overeenkomst")]
    public void A_question_using_an_out_of_scope_key_word_is_not_answered(string language, string question, string topic, string key)
    {
        var answer = TestKnowledge.Answerer.Answer(question, language);

        Assert.False(answer.IsAnswered, $"answered with {answer.Answer?.Topic.Id}");
        Assert.True(answer.IsOutOfScope);
        Assert.Equal(new OutOfScopeKey(topic, key), answer.OutOfScopeKey);
    }

    [Theory]
    [InlineData("en", "we bought courseware on the marketplace but never used it, can we get a refund?")]
    [InlineData("nl", "we hebben cursusmateriaal gekocht maar nooit gebruikt, is terugbetaling mogelijk?")]
    [InlineData("tr", "Öğrenme iş ortağı olmayanların alabildiği kurs materyali Türkçe mi?")]
    public void Without_key_words_the_same_question_gets_an_answer(string language, string question)
    {
        var answer = new FaqAnswerer(WithoutKeys(), new KnowledgeOptions()).Answer(question, language);

        Assert.True(answer.IsAnswered, "the key word should be what stops the answer");
    }

    [Fact]
    public void A_turkish_question_ending_in_ne_kadar_asks_a_price_and_is_not_answered()
    {
        var answer = TestKnowledge.Answerer.Answer("Learning Action Pack ne kadar?", "tr");

        Assert.False(answer.IsAnswered, $"answered with {answer.Answer?.Topic.Id}");
        Assert.Equal("oos-prices", answer.OutOfScopeKey?.TopicId);
    }

    [Theory]
    [InlineData("Öğrenme iş ortakları dizininde görünmemiz ne kadar sürer?", "directory-listing")]
    [InlineData("KPI'ların İş Ortağı Merkezi'nde görünmesi ne kadar sürer?", "kpi-reporting")]
    public void Ne_kadar_inside_a_question_about_time_is_still_answered(string question, string topic)
    {
        var answer = TestKnowledge.Answerer.Answer(question, "tr");

        Assert.Equal(topic, answer.Answer?.Topic.Id);
    }

    [Fact]
    public void A_key_word_an_answerable_topic_uses_stops_the_index_from_being_built()
    {
        var answerable = Topic("gold", "how do we reach gold", [], "Gold needs KPIs.");
        var outOfScope = Topic("oos-gold-price", "what does gold cost", ["gold"], string.Empty) with { IsOutOfScope = true };

        var error = Assert.Throws<KnowledgeFileException>(() =>
            FaqIndexLoader.Build(new KnowledgeBase(TestKnowledge.Index.Knowledge.Article, [answerable, outOfScope]), SynonymTable.Empty));

        Assert.Contains("oos-gold-price", error.File, StringComparison.Ordinal);
        Assert.Contains("'gold'", error.Reason, StringComparison.Ordinal);
    }

    private static KnowledgeTopic Topic(string id, string question, IReadOnlyList<string> keyWords, string answer)
    {
        var text = new TopicText(question, [], answer) { KeyWords = keyWords };
        return new KnowledgeTopic(id, new TopicSource("anchor", [], null), [], [], KnowledgeLanguages.All.ToDictionary(l => l, _ => text));
    }

    /// <summary>The shipped knowledge base with every key word and ending taken out.</summary>
    private static FaqIndex WithoutKeys()
    {
        var shipped = TestKnowledge.Index.Knowledge;
        var topics = shipped.Searchable.Select(t => t with
        {
            Texts = t.Texts.ToDictionary(p => p.Key, p => p.Value with { KeyWords = [], KeyEndings = [] }, StringComparer.Ordinal),
        }).ToList();
        return FaqIndexLoader.Build(new KnowledgeBase(shipped.Article, topics), SynonymTable.Load(Path.Combine(TestKnowledge.Directory, "synonyms.yaml")));
    }
}
