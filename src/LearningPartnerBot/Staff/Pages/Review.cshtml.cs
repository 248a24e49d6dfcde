using System.Globalization;
using LearningPartnerBot.Insights.Review;
using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>
/// The FAQ review queue for content owners: the same groups as `kb review`, each with the decisions that apply to it.
/// A decision leads to its own page with the KB change (post/redirect/get, so a refresh cannot decide twice).
/// </summary>
public sealed class ReviewModel(FaqReviewQueue queue, ReviewDecider decider, KnowledgeBase knowledge) : PageModel
{
    public const int RecentDecisionCount = 10;

    public ReviewQueueContents Queue { get; private set; } = null!;

    public IReadOnlyList<FaqReviewDecision> Recent { get; private set; } = [];

    /// <summary>Every topic a phrasing can go to, out-of-scope ones included (a question they match makes the bot abstain on purpose).</summary>
    public IReadOnlyList<string> TopicIds { get; } = [.. knowledge.Searchable.Select(t => t.Id).Order(StringComparer.Ordinal)];

    /// <summary>Set after a form whose items were already decided on by someone else.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Gone { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGroupAsync(string? kind, string? ids, string? decision, string? topic, CancellationToken cancellationToken)
    {
        var parsed = (ids ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n > 0).Distinct().ToList();
        if (parsed.Count == 0 || kind is not ("unanswered" or "votes"))
        {
            return BadRequest();
        }

        try
        {
            var made = await decider.DecideAsync(kind == "votes", parsed, decision ?? string.Empty, topic, User.Identity?.Name ?? "staff", cancellationToken);
            return made is null ? RedirectToPage(new { gone = true }) : RedirectToPage("/ReviewDecision", new { id = made.Id });
        }
        catch (ReviewDecisionException e)
        {
            Error = e.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostStaleAsync(string? topic, CancellationToken cancellationToken)
    {
        try
        {
            var made = await decider.MarkStaleReviewedAsync(topic ?? string.Empty, User.Identity?.Name ?? "staff", cancellationToken);
            return RedirectToPage("/ReviewDecision", new { id = made.Id });
        }
        catch (ReviewDecisionException e)
        {
            Error = e.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public static string Ids(IEnumerable<long> ids) => string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Queue = await queue.ReadAsync(decider.KnowledgeFolder, cancellationToken);
        Recent = await decider.RecentAsync(RecentDecisionCount, cancellationToken);
    }
}
