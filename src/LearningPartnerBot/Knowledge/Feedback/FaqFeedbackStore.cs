using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>Records votes, unanswered questions and answer counts, and lists feedback for review, most frequent first.</summary>
public sealed class FaqFeedbackStore(IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock)
{
    private const int MaxQuestionLength = 1000;

    private readonly AnswerCountBuffer _pendingCounts = new();

    /// <summary>
    /// Counts one FAQ outcome for the dashboard: the topic answered (null when the bot abstained) in a language, on
    /// today's UTC date. Kept in memory until <see cref="FlushAnswerCountsAsync"/>, so it costs a question nothing.
    /// </summary>
    public void CountAnswer(string language, string? topicId, bool answered)
    {
        ArgumentNullException.ThrowIfNull(language);
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        _pendingCounts.Add(new AnswerCountKey(day, language, answered ? topicId ?? FaqAnswerCount.NoTopic : FaqAnswerCount.NoTopic, answered));
    }

    /// <summary>Adds the counts kept in memory to the database; on failure they are kept for the next flush.</summary>
    public async Task FlushAnswerCountsAsync(CancellationToken cancellationToken)
    {
        var counts = _pendingCounts.Drain();
        var written = 0;
        try
        {
            foreach (var (key, count) in counts)
            {
                await AddCountAsync(key, count, cancellationToken);
                written++;
            }
        }
        catch
        {
            foreach (var (key, count) in counts.Skip(written))
            {
                _pendingCounts.Add(key, count);
            }

            throw;
        }
    }

    /// <summary>Records a vote; the same user voting on the same answer again changes their vote instead of adding one.</summary>
    public async Task RecordVoteAsync(FaqVote vote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vote);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var existing = await db.Votes.SingleOrDefaultAsync(v => v.AnswerId == vote.AnswerId && v.UserKey == vote.UserKey, cancellationToken);
        if (existing is null)
        {
            vote.Question = Truncate(vote.Question);
            vote.CreatedAt = vote.UpdatedAt = now;
            vote.Day = DateOnly.FromDateTime(now.UtcDateTime);
            db.Votes.Add(vote);
        }
        else
        {
            existing.Helpful = vote.Helpful;
            existing.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // A concurrent delivery of the same click inserted it first: record this one as the latest choice.
            await using var retry = await contexts.CreateDbContextAsync(cancellationToken);
            await retry.Votes.Where(v => v.AnswerId == vote.AnswerId && v.UserKey == vote.UserKey)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Helpful, vote.Helpful).SetProperty(v => v.UpdatedAt, now), cancellationToken);
        }
    }

    /// <summary>Keeps a question the bot abstained on; a redelivered activity is kept once.</summary>
    public async Task RecordUnansweredAsync(UnansweredQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        question.Question = Truncate(question.Question) ?? string.Empty;
        question.CreatedAt = clock.GetUtcNow();
        question.Day = DateOnly.FromDateTime(question.CreatedAt.UtcDateTime);
        // No look-up first: a redelivered activity is rare, and the unique index on its id keeps the first row.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.UnansweredQuestions.Add(question);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (question.ActivityId is not null)
        {
            // The same activity, delivered again: the unique index kept the first.
        }
    }

    private async Task AddCountAsync(AnswerCountKey key, long count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        for (var attempt = 0; ; attempt++)
        {
            // An increment in the database, not read-modify-write, so instances sharing it never lose each other's counts.
            var updated = await Matching(db, key).ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + count), cancellationToken);
            if (updated > 0)
            {
                return;
            }

            var row = db.AnswerCounts.Add(new FaqAnswerCount { Day = key.Day, Language = key.Language, TopicId = key.TopicId, Answered = key.Answered, Count = count });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another instance created the row in between: add to it instead.
                row.State = EntityState.Detached;
            }
        }
    }

    private static IQueryable<FaqAnswerCount> Matching(KnowledgeDbContext db, AnswerCountKey key) =>
        db.AnswerCounts.Where(c => c.Day == key.Day && c.Language == key.Language && c.TopicId == key.TopicId && c.Answered == key.Answered);

    private static string? Truncate(string? text) =>
        text is { Length: > MaxQuestionLength } ? text[..MaxQuestionLength] : text;
}
