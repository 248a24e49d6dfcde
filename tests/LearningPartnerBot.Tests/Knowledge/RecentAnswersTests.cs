using LearningPartnerBot.Knowledge;

namespace LearningPartnerBot.Tests.Knowledge;

public sealed class RecentAnswersTests
{
    [Fact]
    public void A_question_asked_again_gets_the_answer_it_got_the_first_time()
    {
        var answerer = new FaqAnswerer(TestKnowledge.Index, new KnowledgeOptions());

        var first = answerer.Answer("How do I enroll in the Learning Partner program?", "en");
        var again = answerer.Answer("How do I enroll in the Learning Partner program?", "en");

        Assert.True(first.IsAnswered);
        Assert.Same(first, again);
    }

    [Theory]
    [InlineData("How do I enroll in the Learning Partner program?", "en", "Hoe schrijf ik me in?", "nl")]
    [InlineData("What is the Learning Action Pack?", "en", "What is the Learning Action Pack?", "tr")]
    public void A_remembered_answer_is_the_one_a_fresh_answerer_gives(string question, string language, string other, string otherLanguage)
    {
        var remembering = new FaqAnswerer(TestKnowledge.Index, new KnowledgeOptions());
        remembering.Answer(question, language);
        remembering.Answer(other, otherLanguage);

        foreach (var (q, l) in new[] { (question, language), (other, otherLanguage) })
        {
            var remembered = remembering.Answer(q, l);
            var fresh = new FaqAnswerer(TestKnowledge.Index, new KnowledgeOptions()).Answer(q, l);
            Assert.Equal(fresh.Language, remembered.Language);
            Assert.Equal(fresh.Answer?.Topic.Id, remembered.Answer?.Topic.Id);
            Assert.Equal(fresh.TopScore, remembered.TopScore);
            Assert.Equal(fresh.Suggestions.Select(s => s.Topic.Id), remembered.Suggestions.Select(s => s.Topic.Id));
        }
    }

    [Fact]
    public void The_same_words_in_another_chat_language_are_looked_up_apart()
    {
        var recent = new RecentAnswers();
        var english = new FaqAnswer("en", null, [], []);
        recent.Add("gold", "en", english);

        Assert.False(recent.TryGet("gold", "nl", out _));
        Assert.True(recent.TryGet("gold", "en", out var found));
        Assert.Same(english, found);
    }

    [Fact]
    public void Only_the_last_two_generations_are_kept_so_memory_stays_bounded()
    {
        var recent = new RecentAnswers(capacityPerGeneration: 10);
        for (var i = 0; i < 30; i++)
        {
            recent.Add($"question {i}", "en", new FaqAnswer("en", null, [], []));
        }

        Assert.False(recent.TryGet("question 0", "en", out _));
        Assert.False(recent.TryGet("question 9", "en", out _));
        Assert.True(recent.TryGet("question 29", "en", out _));
    }

    [Fact]
    public void A_question_still_asked_survives_a_generation_change()
    {
        var recent = new RecentAnswers(capacityPerGeneration: 10);
        var popular = new FaqAnswer("en", null, [], []);
        recent.Add("popular", "en", popular);
        for (var i = 0; i < 25; i++)
        {
            recent.Add($"question {i}", "en", new FaqAnswer("en", null, [], []));
            Assert.True(recent.TryGet("popular", "en", out _), $"lost after {i + 1} other questions");
        }
    }

    [Fact]
    public void A_very_long_question_is_not_kept()
    {
        var recent = new RecentAnswers();
        var essay = new string('x', RecentAnswers.MaxQuestionLength + 1);
        recent.Add(essay, "en", new FaqAnswer("en", null, [], []));

        Assert.False(recent.TryGet(essay, "en", out _));
    }
}
