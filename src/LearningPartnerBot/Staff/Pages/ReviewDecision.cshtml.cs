using System.Text;
using LearningPartnerBot.Insights.Review;
using LearningPartnerBot.Knowledge.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>One review decision and the KB change it produced: the lines to paste, and the patch to download.</summary>
public sealed class ReviewDecisionModel(ReviewDecider decider) : PageModel
{
    public FaqReviewDecision Decision { get; private set; } = null!;

    /// <summary>The lines the patch adds, as they go into the file.</summary>
    public IReadOnlyList<string> AddedLines => Decision.Patch is { } patch && Decision.Action != ReviewActions.NewTopic
        ? [.. patch.Split('\n').Where(l => l.StartsWith('+') && !l.StartsWith("+++", StringComparison.Ordinal)).Select(l => l[1..])]
        : [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await decider.FindAsync(id, cancellationToken) is not { } decision)
        {
            return NotFound();
        }

        Decision = decision;
        return Page();
    }

    /// <summary>The change as a file for <c>git apply</c> (or the draft topic as a YAML file).</summary>
    public async Task<IActionResult> OnGetPatchAsync(long id, CancellationToken cancellationToken)
    {
        if (await decider.FindAsync(id, cancellationToken) is not { Patch: { } patch } decision)
        {
            return NotFound();
        }

        var draft = decision.Action == ReviewActions.NewTopic;
        return File(
            Encoding.UTF8.GetBytes(patch),
            draft ? "application/yaml" : "text/x-diff",
            draft ? $"draft-topic-{id}.yaml" : $"kb-review-{id}.patch");
    }
}
