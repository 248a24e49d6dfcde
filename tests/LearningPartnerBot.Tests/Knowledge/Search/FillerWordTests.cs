namespace LearningPartnerBot.Tests.Knowledge.Search;

/// <summary>
/// "Tell me…", "actually", "tam olarak": words that frame a question but name no topic. Counted as content they
/// either lent an off-topic request a topic ("vertel" appears in an answer) or, unknown to the KB, sank a good match.
/// </summary>
public sealed class FillerWordTests
{
    [Theory]
    [InlineData("en", "Tell me a joke")]
    [InlineData("nl", "Vertel eens een mop")]
    [InlineData("tr", "Bana bir fıkra anlatır mısın?")]
    public void Asking_for_a_joke_gets_no_answer(string language, string question)
    {
        Assert.False(TestKnowledge.Answerer.Answer(question, language).IsAnswered);
    }

    [Theory]
    [InlineData("en", "what's the learning partner program actually about?", "program-overview")]
    [InlineData("tr", "Öğrenme İş Ortağı programı tam olarak nedir?", "program-overview")]
    public void A_filler_word_does_not_sink_the_right_answer(string language, string question, string topic)
    {
        Assert.Equal(topic, TestKnowledge.Answerer.Answer(question, language).Answer?.Topic.Id);
    }

    [Theory]
    [InlineData("nl", "5")]
    [InlineData("en", "2020")]
    [InlineData("tr", "12 15")]
    public void A_message_of_only_numbers_is_not_answered(string language, string message)
    {
        Assert.Empty(TestKnowledge.Answerer.Answer(message, language).Ranked);
    }
}
