using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>Records votes and unanswered questions, and lists them for review, most frequent first.</summary>
public sealed class FaqFeedbackStore(IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock)
{
    private const int MaxQuestionLength = 1000;

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

    /// <summary>Unanswered questions (grouped by their text, case-insensitively) and 👎 answers (grouped by topic).</summary>
    public async Task<KnowledgeReview> ReviewAsync(int top, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unanswered = (await db.UnansweredQuestions.AsNoTracking()
                .Select(q => new { q.Question, q.Language, q.BestTopicId })
                .ToListAsync(cancellationToken))
            .GroupBy(q => (Text: q.Question.Trim().ToUpperInvariant(), q.Language))
            .Select(g => new UnansweredSummary(g.First().Question.Trim(), g.Key.Language, g.Count(), g.First().BestTopicId))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Question, StringComparer.Ordinal)
            .Take(top)
            .ToList();

        var notHelpful = (await db.Votes.AsNoTracking().Where(v => !v.Helpful)
                .Select(v => new { v.TopicId, v.Language, v.Question })
                .ToListAsync(cancellationToken))
            .GroupBy(v => (v.TopicId, v.Language))
            .Select(g => new NotHelpfulSummary(
                g.Key.TopicId,
                g.Key.Language,
                g.Count(),
                [.. g.Select(v => v.Question).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(3)]))
            .OrderByDescending(s => s.Count).ThenBy(s => s.TopicId, StringComparer.Ordinal)
            .Take(top)
            .ToList();

        return new KnowledgeReview(unanswered, notHelpful);
    }

    private static string? Truncate(string? text) =>
        text is { Length: > MaxQuestionLength } ? text[..MaxQuestionLength] : text;
}

public sealed record KnowledgeReview(IReadOnlyList<UnansweredSummary> Unanswered, IReadOnlyList<NotHelpfulSummary> NotHelpful);

public sealed record UnansweredSummary(string Question, string Language, int Count, string? ClosestTopicId);

public sealed record NotHelpfulSummary(string TopicId, string Language, int Count, IReadOnlyList<string> ExampleQuestions);
