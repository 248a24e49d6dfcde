using LearningPartnerBot.Tests.Knowledge.Text;
using LearningPartnerBot.Tests.Knowledge;

namespace LearningPartnerBot.Tests.Content;

/// <summary>A partner who asks in the localized article's own words is understood.</summary>
public sealed class ArticleTermSearchTests
{
    [Theory]
    [InlineData("Altın uzmanlık için KIP gereksinimleri nelerdir?", "tr", "gold")]
    [InlineData("Gümüş uzmanlığa nasıl kaydolurum?", "tr", "silver")]
    [InlineData("KIP'ler İş Ortağı Merkezi'nde otomatik tanınır mı?", "tr", "kpi-recognized-before-enrollment")]
    [InlineData("KIP tutarsızlığı için kime başvurmalıyım?", "tr", "kpi-discrepancy")]
    [InlineData("Welke competenties bieden een Gold-leeroptie?", "nl", "which-competencies")]
    [InlineData("Şirketimiz için programa kaydı kimler yapabilir?", "tr", "roles")]
    public void A_question_in_the_articles_localized_terms_finds_its_topic(string question, string language, string topic)
    {
        Assert.Equal(topic, TestKnowledge.Answerer.Answer(question, language).Answer?.Topic.Id);
    }

    /// <summary>
    /// The Turkish article says "Öğrenme seçeneği" and the Dutch one "leeroptie" where partners often type the English
    /// "Learning option": both must read as one thing, so neither word is left unexplained.
    /// </summary>
    [Theory]
    [InlineData("tr", "gold öğrenme seçeneği gereksinimleri", "gold learning option gereksinimleri")]
    [InlineData("tr", "silver öğrenme seçeneğine nasıl kaydolurum", "silver learning option'a nasıl kaydolurum")]
    [InlineData("nl", "vereisten van de silver leeroptie", "vereisten van de silver learning-optie")]
    public void The_articles_localized_learning_option_and_the_english_words_read_the_same(string language, string localized, string english)
    {
        Assert.Equal(Analyzers.Terms(language, localized), Analyzers.Terms(language, english));
    }

    [Fact]
    public void KIP_is_a_Turkish_synonym_of_KPI_and_not_a_Dutch_one()
    {
        var synonyms = File.ReadAllText(Path.Combine(TestKnowledge.Directory, "synonyms.yaml"));
        var dutch = synonyms[synonyms.IndexOf("\nnl:", StringComparison.Ordinal)..synonyms.IndexOf("\ntr:", StringComparison.Ordinal)];
        var turkish = synonyms[synonyms.IndexOf("\ntr:", StringComparison.Ordinal)..];

        Assert.DoesNotContain("KIP", dutch, StringComparison.Ordinal);
        Assert.Contains("KIP", turkish, StringComparison.Ordinal);
        Assert.Contains("uzmanlık", turkish, StringComparison.Ordinal);
    }
}
