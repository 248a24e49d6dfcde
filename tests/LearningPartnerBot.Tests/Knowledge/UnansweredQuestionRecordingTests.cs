using LearningPartnerBot.Knowledge.Feedback;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>What content owners see in the review queue: each question the bot could not answer, once.</summary>
public sealed class UnansweredQuestionRecordingTests
{
    [Fact]
    public async Task A_redelivered_activity_records_its_question_once()
    {
        using var database = new TempFeedbackDatabase();

        await database.Store.RecordUnansweredAsync(Question("activity-1", "what does the weather do"), CancellationToken.None);
        await database.Store.RecordUnansweredAsync(Question("activity-1", "what does the weather do"), CancellationToken.None);
        await database.Store.RecordUnansweredAsync(Question("activity-2", "what does the weather do"), CancellationToken.None);

        await using var db = database.Open();
        Assert.Equal(2, await db.UnansweredQuestions.CountAsync());
    }

    [Fact]
    public async Task Questions_without_an_activity_id_are_each_recorded()
    {
        using var database = new TempFeedbackDatabase();

        await database.Store.RecordUnansweredAsync(Question(null, "first"), CancellationToken.None);
        await database.Store.RecordUnansweredAsync(Question(null, "second"), CancellationToken.None);

        await using var db = database.Open();
        Assert.Equal(["first", "second"], await db.UnansweredQuestions.OrderBy(q => q.Id).Select(q => q.Question).ToListAsync());
    }

    private static UnansweredQuestion Question(string? activityId, string text) =>
        new() { Question = text, Language = "en", ChannelId = "webchat", ActivityId = activityId };
}
