using LearningPartnerBot.Staff.Api;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Api;
using LearningPartnerBot.Tickets.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningPartnerBot.Staff.Pages;

/// <summary>
/// One ticket with its typed request fields, and the staff actions on it. Changes go through <see cref="TicketDesk"/>,
/// as the API's do, so the partner hears about a status change or a partner-visible comment the same way.
/// After a change the page redirects (post/redirect/get), so a browser refresh cannot send it twice.
/// </summary>
public sealed class TicketModel(TicketDesk desk) : PageModel
{
    public const int MaxAssigneeLength = TicketEndpoints.MaxAssigneeLength;

    public const int MaxCommentLength = TicketEndpoints.MaxCommentLength;

    public Ticket Ticket { get; private set; } = null!;

    public TicketPayload Payload { get; private set; } = null!;

    [BindProperty]
    public string? NewStatus { get; set; }

    [BindProperty]
    public string? Assignee { get; set; }

    [BindProperty]
    public string? CommentText { get; set; }

    [BindProperty]
    public bool VisibleToPartner { get; set; }

    /// <summary>What the last change saved ("status" or "comment"), to confirm it after the redirect.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Saved { get; set; }

    public string? StatusError { get; private set; }

    public string? CommentError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken) =>
        await LoadAsync(reference, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(string reference, CancellationToken cancellationToken)
    {
        if (!ApiValues.TryParseName<TicketStatus>(NewStatus, out var status))
        {
            StatusError = "Choose a status from the list.";
        }
        else if (Assignee?.Trim().Length > MaxAssigneeLength)
        {
            StatusError = $"The assignee can be at most {MaxAssigneeLength} characters.";
        }

        if (StatusError is not null)
        {
            return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
        }

        // The form always sends the assignee field; left empty it unassigns, as in the API.
        var ticket = await desk.UpdateAsync(reference, status, Assignee ?? string.Empty, cancellationToken);
        return ticket is null ? NotFound() : RedirectToPage(new { reference = ticket.Reference, saved = "status" });
    }

    public async Task<IActionResult> OnPostCommentAsync(string reference, CancellationToken cancellationToken)
    {
        var text = CommentText?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            CommentError = "Write the comment before adding it.";
        }
        else if (text.Length > MaxCommentLength)
        {
            CommentError = $"A comment can be at most {MaxCommentLength} characters.";
        }

        if (CommentError is not null)
        {
            return await LoadAsync(reference, cancellationToken) ? Page() : NotFound();
        }

        var author = User.Identity?.Name ?? "staff";
        var comment = await desk.AddCommentAsync(reference, author, text!, VisibleToPartner, cancellationToken);
        return comment is null
            ? NotFound()
            : RedirectToPage(new { reference = TicketReference.Normalize(reference), saved = "comment" });
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        if (await desk.FindAsync(reference, cancellationToken) is not { } ticket)
        {
            return false;
        }

        Ticket = ticket;
        Payload = TicketJson.Deserialize(ticket.PayloadJson);
        return true;
    }
}
