using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>Records votes, unanswered questions and answer counts, and lists feedback for review, most frequent first.</summary>
public sealed class FaqFeedbackStore(IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock)
{
    private const int MaxQuestionLength = 1000;

    /// <summary>
    /// At most this many questions are put back for a later flush while the database refuses writes, so an outage
    /// cannot grow memory without bound; the review queue is for content owners, not a record a partner relies on.
    /// </summary>
    private const int MaxPendingUnanswered = 50_000;

    private const int UnansweredPerCommit = 500;

    /// <summary>
    /// Held questions beyond this many are written without waiting for the flush interval, so memory (and what a crash
    /// can lose) is bounded by this number rather than by the traffic of an interval: at a thousand unanswered
    /// questions a second, half a minute's worth is tens of megabytes that live long enough to reach the oldest generation.
    /// High enough that only a flood reaches it: each flush takes SQLite's write lock, which state writes then wait for.
    /// </summary>
    public const int MaxHeldUnanswered = 10_000;

    private TaskCompletionSource _flushWanted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The columns a turn fills in, as KnowledgeDbContext maps them (Day as its day number). Quoted names and ON
    // CONFLICT DO NOTHING read the same on SQLite and PostgreSQL.
    private static readonly string[] UnansweredColumns =
        ["Question", "Language", "BestTopicId", "BestScore", "Suggestions", "ChannelId", "ActivityId", "CreatedAt", "Day"];

    private static readonly string InsertUnansweredSql =
        $"INSERT INTO \"UnansweredQuestions\" ({string.Join(", ", UnansweredColumns.Select(c => $"\"{c}\""))}) " +
        $"VALUES ({string.Join(", ", UnansweredColumns.Select(c => "@" + c))}) ON CONFLICT (\"ChannelId\", \"ActivityId\") DO NOTHING";

    private readonly AnswerCountBuffer _pendingCounts = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<UnansweredQuestion> _pendingUnanswered = new();

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

    /// <summary>
    /// Keeps a question the bot abstained on for the review queue. Held in memory until
    /// <see cref="FlushUnansweredAsync"/> writes it with the others (one commit for many, instead of an insert and a
    /// commit on the turn), so a crash loses at most the questions of the last flush interval, and never more than
    /// about <see cref="MaxHeldUnanswered"/>; a clean stop loses none.
    /// </summary>
    public void KeepUnanswered(UnansweredQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        question.Question = Truncate(question.Question) ?? string.Empty;
        question.CreatedAt = clock.GetUtcNow();
        question.Day = DateOnly.FromDateTime(question.CreatedAt.UtcDateTime);
        _pendingUnanswered.Enqueue(question);
        if (_pendingUnanswered.Count >= MaxHeldUnanswered)
        {
            Volatile.Read(ref _flushWanted).TrySetResult();
        }
    }

    /// <summary>
    /// Completes when <see cref="MaxHeldUnanswered"/> questions are held, so they are written before the next interval;
    /// at once if that happened since the last call, which then counts as answered.
    /// </summary>
    public Task FlushWantedAsync(CancellationToken cancellationToken)
    {
        var wanted = Volatile.Read(ref _flushWanted);
        if (!wanted.Task.IsCompleted)
        {
            return wanted.Task.WaitAsync(cancellationToken);
        }

        Interlocked.CompareExchange(ref _flushWanted, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), wanted);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Writes the questions kept in memory, a few hundred per commit so that a long queue never holds the database's
    /// write lock for long; on failure the unwritten ones are kept for the next flush.
    /// </summary>
    public async Task FlushUnansweredAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = new List<UnansweredQuestion>(UnansweredPerCommit);
            while (batch.Count < UnansweredPerCommit && _pendingUnanswered.TryDequeue(out var question))
            {
                batch.Add(question);
            }

            if (batch.Count == 0)
            {
                return;
            }

            await WriteAsync(batch, cancellationToken);
        }
    }

    /// <summary>
    /// One transaction, one statement prepared once and run per question. Not EF's SaveChanges: it builds the SQL and
    /// tracks every row, and under load a flush of half a minute's questions took about half a second of CPU that
    /// way. A redelivered activity's question, already stored, is left out by the unique index on its id; any other
    /// failure writes none of the batch and keeps it for the next flush.
    /// </summary>
    private async Task WriteAsync(List<UnansweredQuestion> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await using var insert = db.Database.GetDbConnection().CreateCommand();
            insert.Transaction = transaction.GetDbTransaction();
            insert.CommandText = InsertUnansweredSql;
            var parameters = UnansweredColumns.Select(name =>
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = "@" + name;
                insert.Parameters.Add(parameter);
                return parameter;
            }).ToArray();
            await insert.PrepareAsync(cancellationToken);
            foreach (var question in batch)
            {
                parameters[0].Value = question.Question;
                parameters[1].Value = question.Language;
                parameters[2].Value = (object?)question.BestTopicId ?? DBNull.Value;
                parameters[3].Value = question.BestScore;
                parameters[4].Value = question.Suggestions;
                parameters[5].Value = question.ChannelId;
                parameters[6].Value = (object?)question.ActivityId ?? DBNull.Value;
                parameters[7].Value = question.CreatedAt;
                parameters[8].Value = question.Day is { } day ? day.DayNumber : DBNull.Value;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            foreach (var question in batch)
            {
                if (_pendingUnanswered.Count < MaxPendingUnanswered)
                {
                    _pendingUnanswered.Enqueue(question);
                }
            }

            throw;
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
