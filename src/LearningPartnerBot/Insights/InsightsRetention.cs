using LearningPartnerBot.Knowledge.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Insights;

/// <summary>
/// Deletes FAQ counts, votes and unanswered questions older than <see cref="InsightsOptions.RetainDays"/>: partner
/// text is kept no longer than the review queue needs it. Review decisions go with them once the items they took
/// out of the queue are gone. Tickets are not touched; they are records with their own life.
/// </summary>
public sealed class InsightsRetention(IDbContextFactory<KnowledgeDbContext> contexts, IOptions<InsightsOptions> options, TimeProvider clock)
{
    /// <summary>The first day still kept.</summary>
    public DateOnly FirstKeptDay => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-Math.Max(1, options.Value.RetainDays) + 1);

    /// <summary>Deletes what is older than the retention period; returns how many rows went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var keep = FirstKeptDay;
        var cutoff = new DateTimeOffset(keep.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var purged = await db.AnswerCounts.Where(c => c.Day < keep).ExecuteDeleteAsync(cancellationToken);
        // Rows from before days were recorded have none; they are older than any retention period this release allows.
        purged += await db.Votes.Where(v => v.Day == null || v.Day < keep).ExecuteDeleteAsync(cancellationToken);
        purged += await db.UnansweredQuestions.Where(q => q.Day == null || q.Day < keep).ExecuteDeleteAsync(cancellationToken);
        var decisions = await db.ReviewDecisions.AsNoTracking().Select(d => new { d.Id, d.DecidedAt }).ToListAsync(cancellationToken);
        var expired = decisions.Where(d => d.DecidedAt < cutoff).Select(d => d.Id).ToList();
        if (expired.Count > 0)
        {
            var stillUsed = await db.UnansweredQuestions.Where(q => q.ReviewDecisionId != null && expired.Contains(q.ReviewDecisionId.Value)).Select(q => q.ReviewDecisionId!.Value)
                .Concat(db.Votes.Where(v => v.ReviewDecisionId != null && expired.Contains(v.ReviewDecisionId.Value)).Select(v => v.ReviewDecisionId!.Value))
                .ToListAsync(cancellationToken);
            var unused = expired.Except(stillUsed).ToList();
            purged += await db.ReviewDecisions.Where(d => unused.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        return purged;
    }
}
