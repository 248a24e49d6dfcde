using System.Text;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Knowledge.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Insights.Review;

/// <summary>
/// Carries out a reviewer's decision on a group in the review queue: works out the KB change (a patch against the
/// KB files this bot runs with, since the KB stays reviewed text in the repository), records the decision, and takes
/// the group's questions or votes out of the queue, all in one transaction so a double submit decides once.
/// </summary>
public sealed class ReviewDecider(
    IDbContextFactory<KnowledgeDbContext> contexts,
    KnowledgeBase knowledge,
    IOptions<KnowledgeOptions> options,
    TimeProvider clock)
{
    /// <summary>The knowledge folder the bot loaded; patches are computed against its files.</summary>
    public string KnowledgeFolder => options.Value.ResolveContentDirectory();

    /// <summary>
    /// Decides on unanswered questions (<paramref name="votes"/> false) or 👎 votes (true) by id. Returns null when none
    /// of them is still open (another reviewer, or a resubmitted form, got there first).
    /// </summary>
    /// <exception cref="ReviewDecisionException">The decision cannot be carried out as asked (unknown topic, nothing to add).</exception>
    public async Task<FaqReviewDecision?> DecideAsync(bool votes, IReadOnlyCollection<long> ids, string action, string? topicId, string decidedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (action is not (ReviewActions.AddPhrasing or ReviewActions.OutOfScope or ReviewActions.NewTopic))
        {
            throw new ReviewDecisionException("Choose what to do with the group.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = votes
            ? await db.Votes.AsNoTracking().Where(v => ids.Contains(v.Id) && !v.Helpful && v.ReviewDecisionId == null)
                .Select(v => new { v.Id, Text = v.Question ?? string.Empty, v.Language, Topic = (string?)v.TopicId }).ToListAsync(cancellationToken)
            : await db.UnansweredQuestions.AsNoTracking().Where(q => ids.Contains(q.Id) && q.ReviewDecisionId == null)
                .Select(q => new { q.Id, Text = q.Question, q.Language, Topic = q.BestTopicId }).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }

        var language = items.GroupBy(i => i.Language).OrderByDescending(g => g.Count()).First().Key;
        var question = items.Where(i => i.Language == language).Select(i => TopicAlternateEditor.OneLine(i.Text)).Where(t => t.Length > 0)
            .GroupBy(t => t, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? string.Empty;

        var decision = new FaqReviewDecision
        {
            Action = action,
            Subject = question,
            Language = language,
            TopicId = votes ? items[0].Topic : null,
            Count = items.Count,
            DecidedBy = decidedBy,
            DecidedAt = clock.GetUtcNow(),
        };

        switch (action)
        {
            case ReviewActions.AddPhrasing:
                await AddPhrasingAsync(decision, topicId, question, cancellationToken);
                break;
            case ReviewActions.NewTopic:
                decision.Patch = NewTopicDraft.Create(question, language);
                break;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ReviewDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        var taken = items.Select(i => i.Id).ToList();
        var marked = votes
            ? await db.Votes.Where(v => taken.Contains(v.Id) && v.ReviewDecisionId == null).ExecuteUpdateAsync(s => s.SetProperty(v => v.ReviewDecisionId, decision.Id), cancellationToken)
            : await db.UnansweredQuestions.Where(q => taken.Contains(q.Id) && q.ReviewDecisionId == null).ExecuteUpdateAsync(s => s.SetProperty(q => q.ReviewDecisionId, decision.Id), cancellationToken);
        if (marked == 0)
        {
            // Decided concurrently by someone else between reading and marking.
            return null;
        }

        await transaction.CommitAsync(cancellationToken);
        return decision;
    }

    /// <summary>Records a stale topic as checked against the article: its source hash is brought up to date and it leaves stale.yaml.</summary>
    /// <exception cref="ReviewDecisionException">The topic is not (or no longer) stale.</exception>
    public async Task<FaqReviewDecision> MarkStaleReviewedAsync(string topicId, string decidedBy, CancellationToken cancellationToken)
    {
        var stale = StaleTopicStore.Load(KnowledgeFolder);
        var topic = stale.FirstOrDefault(t => t.TopicId == topicId) ?? throw new ReviewDecisionException($"'{topicId}' is not a stale topic.");
        var topicPath = TopicFile(topicId);
        if (!File.Exists(topicPath))
        {
            throw new ReviewDecisionException($"The topic file for '{topicId}' is missing.");
        }

        var before = await File.ReadAllTextAsync(topicPath, cancellationToken);
        var stalePath = StaleTopicStore.PathIn(KnowledgeFolder);
        var staleBefore = await File.ReadAllTextAsync(stalePath, cancellationToken);
        var patch = UnifiedDiff.Create(RepositoryPath("topics", topicId + ".yaml"), before, TopicHashEditor.SetHash(before, topic.NewHash))
            + UnifiedDiff.Create(RepositoryPath("imported", "stale.yaml"), staleBefore, StaleTopicStore.ToYaml(stale.Where(t => t.TopicId != topicId)));

        var decision = new FaqReviewDecision
        {
            Action = ReviewActions.Reviewed,
            Subject = FaqReviewQueue.StaleSubject(topic),
            Language = KnowledgeLanguages.Default,
            TopicId = topicId,
            Count = 1,
            ChangePath = RepositoryPath("topics", topicId + ".yaml"),
            Patch = patch,
            DecidedBy = decidedBy,
            DecidedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ReviewDecisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        return decision;
    }

    public async Task<FaqReviewDecision?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    public async Task<IReadOnlyList<FaqReviewDecision>> RecentAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewDecisions.AsNoTracking().OrderByDescending(d => d.Id).Take(count).ToListAsync(cancellationToken);
    }

    private async Task AddPhrasingAsync(FaqReviewDecision decision, string? topicId, string question, CancellationToken cancellationToken)
    {
        var topic = knowledge.Searchable.FirstOrDefault(t => t.Id == topicId)
            ?? throw new ReviewDecisionException("Choose the topic the questions are a phrasing of.");
        if (question.Length == 0)
        {
            throw new ReviewDecisionException("These votes came without the question that was asked, so there is no phrasing to add.");
        }

        decision.TopicId = topic.Id;
        decision.ChangePath = RepositoryPath("topics", topic.Id + ".yaml");
        if (TopicAlternateEditor.HasPhrasing(topic, decision.Language, question))
        {
            // Already in the KB the bot runs with: nothing to change, the group just leaves the queue.
            return;
        }

        var path = TopicFile(topic.Id);
        var before = await File.ReadAllTextAsync(path, cancellationToken);
        decision.Patch = UnifiedDiff.Create(decision.ChangePath, before, TopicAlternateEditor.AddAlternate(before, decision.Language, question));
    }

    private string TopicFile(string topicId) => Path.Combine(KnowledgeFolder, "topics", topicId + ".yaml");

    /// <summary>Where the file is in the repository, with forward slashes, as `git apply` expects.</summary>
    private static string RepositoryPath(params string[] parts) => new StringBuilder("kb/").AppendJoin('/', parts).ToString();
}

/// <summary>A review decision that cannot be carried out as asked; the message is for the reviewer.</summary>
public sealed class ReviewDecisionException(string message) : Exception(message);
