using LearningPartnerBot.Insights;
using LearningPartnerBot.Knowledge.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>What content owners see in the review queue: each question the bot could not answer, once, none lost.</summary>
public sealed class UnansweredQuestionRecordingTests
{
    [Fact]
    public async Task A_redelivered_activity_records_its_question_once()
    {
        using var database = new TempFeedbackDatabase();

        await RecordAsync(database, Question("activity-1", "what does the weather do"));
        await RecordAsync(database, Question("activity-1", "what does the weather do"));
        await RecordAsync(database, Question("activity-2", "what does the weather do"));

        await using var db = database.Open();
        Assert.Equal(2, await db.UnansweredQuestions.CountAsync());
    }

    [Fact]
    public async Task Questions_without_an_activity_id_are_each_recorded()
    {
        using var database = new TempFeedbackDatabase();

        await RecordAsync(database, Question(null, "first"));
        await RecordAsync(database, Question(null, "second"));

        await using var db = database.Open();
        Assert.Equal(["first", "second"], await db.UnansweredQuestions.OrderBy(q => q.Id).Select(q => q.Question).ToListAsync());
    }

    [Fact]
    public async Task Questions_kept_during_turns_reach_the_review_queue_at_the_next_flush_each_once()
    {
        using var database = new TempFeedbackDatabase();
        await RecordAsync(database, Question("activity-1", "asked before"));

        database.Store.KeepUnanswered(Question("activity-2", "what does the weather do"));
        database.Store.KeepUnanswered(Question("activity-1", "asked before"));
        database.Store.KeepUnanswered(Question("activity-3", "who won the match"));
        await using (var before = database.Open())
        {
            Assert.Equal(1, await before.UnansweredQuestions.CountAsync());
        }

        await database.Store.FlushUnansweredAsync(CancellationToken.None);
        await database.Store.FlushUnansweredAsync(CancellationToken.None);

        await using var db = database.Open();
        Assert.Equal(
            ["asked before", "what does the weather do", "who won the match"],
            await db.UnansweredQuestions.OrderBy(q => q.ActivityId).Select(q => q.Question).ToListAsync());
    }

    [Fact]
    public async Task Questions_kept_while_the_database_is_unreachable_are_written_by_a_later_flush()
    {
        using var database = new TempFeedbackDatabase(migrate: false);
        database.Store.KeepUnanswered(Question("activity-1", "kept through an outage"));

        await Assert.ThrowsAnyAsync<Exception>(() => database.Store.FlushUnansweredAsync(CancellationToken.None));
        await using (var db = database.Open())
        {
            await db.Database.MigrateAsync();
        }

        await database.Store.FlushUnansweredAsync(CancellationToken.None);

        await using var after = database.Open();
        Assert.Equal("kept through an outage", (await after.UnansweredQuestions.SingleAsync()).Question);
    }

    [Fact]
    public async Task Under_a_flood_of_questions_the_held_ones_reach_the_review_queue_before_the_flush_interval()
    {
        using var database = new TempFeedbackDatabase();
        var options = Options.Create(new InsightsOptions { FlushInterval = TimeSpan.FromHours(1) });
        using var worker = new InsightsWorker(
            database.Store, new InsightsRetention(database.Contexts, options, TimeProvider.System), options, TimeProvider.System, NullLogger<InsightsWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);

        // After the flush the worker does as it starts, so only the bound can bring the next one before the hour is up.
        await Task.Delay(TimeSpan.FromSeconds(1));
        for (var i = 0; i < FaqFeedbackStore.MaxHeldUnanswered; i++)
        {
            database.Store.KeepUnanswered(Question($"activity-{i}", $"flooding question {i}"));
        }

        var written = 0;
        for (var wait = 0; wait < 300 && written < FaqFeedbackStore.MaxHeldUnanswered; wait++)
        {
            await Task.Delay(100);
            await using var db = database.Open();
            written = await db.UnansweredQuestions.CountAsync();
        }

        await worker.StopAsync(CancellationToken.None);
        Assert.Equal(FaqFeedbackStore.MaxHeldUnanswered, written);
    }

    /// <summary>One question as a turn keeps it, written at once as the next flush would write it.</summary>
    private static Task RecordAsync(TempFeedbackDatabase database, UnansweredQuestion question)
    {
        database.Store.KeepUnanswered(question);
        return database.Store.FlushUnansweredAsync(CancellationToken.None);
    }

    private static UnansweredQuestion Question(string? activityId, string text) =>
        new() { Question = text, Language = "en", ChannelId = "webchat", ActivityId = activityId };
}
