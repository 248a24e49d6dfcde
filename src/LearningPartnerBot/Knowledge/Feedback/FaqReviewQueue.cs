using LearningPartnerBot.Knowledge.Import;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Knowledge.Feedback;

/// <summary>
/// What content owners have to look at, for `kb review` and the staff review page alike: questions the bot abstained
/// on, grouped by similarity, with the topics it found closest; 👎 answers per topic with the questions that got them;
/// and the topics `kb import` flagged stale. Items a reviewer has decided on are left out.
/// </summary>
public sealed class FaqReviewQueue(IDbContextFactory<KnowledgeDbContext> contexts, QuestionGrouper grouper)
{
    /// <summary>The newest this many open questions and votes are read: a queue longer than that is read in turns.</summary>
    public const int MaxItemsRead = 5000;

    private const int ClosestTopicCount = 3;
    private const int ExampleCount = 5;

    public async Task<ReviewQueueContents> ReadAsync(string knowledgeFolder, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var questions = await db.UnansweredQuestions.AsNoTracking().Where(q => q.ReviewDecisionId == null)
            .OrderByDescending(q => q.Id).Take(MaxItemsRead)
            .Select(q => new OpenQuestion(q.Id, q.Question, q.Language, q.BestTopicId, q.Suggestions))
            .ToListAsync(cancellationToken);

        // Most-asked wordings first, so each group is named after its most typical question.
        var wordings = questions
            .GroupBy(q => (Text: TopicAlternateEditor.OneLine(q.Question).ToUpperInvariant(), q.Language))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Text, StringComparer.Ordinal)
            .ToList();
        var unanswered = grouper.Group(wordings, Typical, w => w.Key.Language)
            .Select(group =>
            {
                var members = group.SelectMany(w => w).ToList();
                var closest = members.SelectMany(q => (q.BestTopicId is null ? [] : (string[])[q.BestTopicId]).Concat(q.Suggestions.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct())
                    .GroupBy(t => t).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal)
                    .Take(ClosestTopicCount).Select(t => t.Key).ToList();
                return new UnansweredGroup(
                    group[0].Key.Language,
                    Typical(group[0]),
                    members.Count,
                    [.. group.Select(Typical).Take(ExampleCount)],
                    closest,
                    [.. members.Select(q => q.Id).Order()]);
            })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Question, StringComparer.Ordinal)
            .ToList();

        var votes = await db.Votes.AsNoTracking().Where(v => !v.Helpful && v.ReviewDecisionId == null)
            .OrderByDescending(v => v.Id).Take(MaxItemsRead)
            .Select(v => new { v.Id, v.TopicId, v.Language, v.Question })
            .ToListAsync(cancellationToken);
        var notHelpful = votes.GroupBy(v => (v.TopicId, v.Language))
            .Select(g => new NotHelpfulGroup(
                g.Key.TopicId,
                g.Key.Language,
                g.Count(),
                [.. g.Select(v => v.Question).OfType<string>().Select(TopicAlternateEditor.OneLine).Where(q => q.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Take(ExampleCount)],
                [.. g.Select(v => v.Id).Order()]))
            .OrderByDescending(g => g.Count).ThenBy(g => g.TopicId, StringComparer.Ordinal)
            .ToList();

        var reviewed = (await db.ReviewDecisions.AsNoTracking().Where(d => d.Action == ReviewActions.Reviewed).Select(d => d.Subject).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var stale = StaleTopicStore.Load(knowledgeFolder).Where(t => !reviewed.Contains(StaleSubject(t))).ToList();
        return new ReviewQueueContents(unanswered, notHelpful, stale);
    }

    /// <summary>Of the ways one wording was typed (case, spacing), the most frequent; on a tie, the first asked.</summary>
    private static string Typical(IEnumerable<OpenQuestion> typed) =>
        typed.Select(q => TopicAlternateEditor.OneLine(q.Question)).Reverse()
            .GroupBy(q => q, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;

    private sealed record OpenQuestion(long Id, string Question, string Language, string? BestTopicId, string Suggestions);

    /// <summary>A stale topic is reviewed at one article text: a later change to the article flags it again.</summary>
    public static string StaleSubject(StaleTopicReport topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.TopicId + "@" + topic.NewHash;
    }
}

public sealed record ReviewQueueContents(IReadOnlyList<UnansweredGroup> Unanswered, IReadOnlyList<NotHelpfulGroup> NotHelpful, IReadOnlyList<StaleTopicReport> Stale);

/// <summary>Similar questions the bot abstained on: the most asked wording, how often, other wordings, and the topics it found closest.</summary>
public sealed record UnansweredGroup(string Language, string Question, int Count, IReadOnlyList<string> Wordings, IReadOnlyList<string> ClosestTopics, IReadOnlyList<long> Ids);

/// <summary>👎 votes on one topic's answer in one language, with the questions that got that answer.</summary>
public sealed record NotHelpfulGroup(string TopicId, string Language, int Count, IReadOnlyList<string> Questions, IReadOnlyList<long> Ids);
