using LearningPartnerBot.Insights;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tests.Knowledge;
using LearningPartnerBot.Tests.Knowledge.Chat;
using LearningPartnerBot.Tests.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Insights;

/// <summary>What the dashboard counts: each FAQ outcome per day, language and topic, without the question's text.</summary>
public sealed class FaqCountingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US", "Which roles can enroll my company in the Learning Partner program?", "en", "roles")]
    [InlineData("nl-NL", "Waarom sta ik niet in de Learning Partner-directory?", "nl", "directory-listing")]
    [InlineData("tr-TR", "Bir günlük eğitim bir KPI'ya eşit mi?", "tr", "training-duration-kpi")]
    public async Task An_answered_question_is_counted_under_its_topic_and_language(string locale, string question, string language, string topic)
    {
        using var chat = new ChatHarness(locale, output);

        await chat.Flow().Send(question).AssertReply(_ => { }).StartTestAsync();
        await chat.Feedback.Store.FlushAnswerCountsAsync(CancellationToken.None);

        using var db = chat.Feedback.Open();
        var count = Assert.Single(await db.AnswerCounts.ToListAsync());
        Assert.Equal((DateOnly.FromDateTime(DateTime.UtcNow), language, topic, true, 1L), (count.Day, count.Language, count.TopicId, count.Answered, count.Count));
    }

    [Fact]
    public async Task Counts_add_up_across_flushes_and_abstentions_are_counted_without_a_topic()
    {
        using var feedback = new TempFeedbackDatabase();

        feedback.Store.CountAnswer("en", "gold", answered: true);
        feedback.Store.CountAnswer("en", "silver", answered: false);
        await feedback.Store.FlushAnswerCountsAsync(CancellationToken.None);
        feedback.Store.CountAnswer("en", "gold", answered: true);
        feedback.Store.CountAnswer("en", null, answered: false);
        await feedback.Store.FlushAnswerCountsAsync(CancellationToken.None);

        using var db = feedback.Open();
        var counts = await db.AnswerCounts.OrderBy(c => c.TopicId).Select(c => new { c.TopicId, c.Answered, c.Count }).ToListAsync();
        Assert.Equal([new { TopicId = "", Answered = false, Count = 2L }, new { TopicId = "gold", Answered = true, Count = 2L }], counts);
    }

    [Fact]
    public async Task The_purge_removes_counts_votes_and_questions_older_than_the_retention_period()
    {
        using var feedback = new TempFeedbackDatabase();
        var today = new DateOnly(2026, 12, 6);
        var clock = new SettableClock(new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        using (var db = feedback.Open())
        {
            db.AnswerCounts.AddRange(
                new FaqAnswerCount { Day = today.AddDays(-10), Language = "en", TopicId = "old", Answered = true, Count = 1 },
                new FaqAnswerCount { Day = today.AddDays(-9), Language = "en", TopicId = "kept", Answered = true, Count = 1 });
            db.UnansweredQuestions.AddRange(
                new UnansweredQuestion { Question = "old question", Language = "en", ChannelId = "t", Day = today.AddDays(-10) },
                new UnansweredQuestion { Question = "kept question", Language = "en", ChannelId = "t", Day = today });
            db.Votes.Add(new FaqVote { AnswerId = "a", UserKey = "u", TopicId = "gold", Language = "en", ChannelId = "t", Day = today.AddDays(-11) });
            await db.SaveChangesAsync();
        }

        var retention = new InsightsRetention(new ContextFactory(feedback), Options.Create(new InsightsOptions { RetainDays = 10 }), clock);
        var purged = await retention.PurgeAsync(CancellationToken.None);

        using var after = feedback.Open();
        Assert.Equal(3, purged);
        Assert.Equal(["kept"], await after.AnswerCounts.Select(c => c.TopicId).ToListAsync());
        Assert.Equal(["kept question"], await after.UnansweredQuestions.Select(q => q.Question).ToListAsync());
        Assert.Empty(await after.Votes.ToListAsync());
    }

    private sealed class ContextFactory(TempFeedbackDatabase database) : IDbContextFactory<KnowledgeDbContext>
    {
        public KnowledgeDbContext CreateDbContext() => database.Open();
    }
}
