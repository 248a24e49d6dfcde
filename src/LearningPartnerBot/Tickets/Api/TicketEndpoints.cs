using System.Security.Claims;
using LearningPartnerBot.Staff.Api;
using Microsoft.AspNetCore.Mvc;

namespace LearningPartnerBot.Tickets.Api;

/// <summary>One ticket: GET it with its payload and comments, PATCH status/assignee, POST a comment.</summary>
internal static class TicketEndpoints
{
    internal const int MaxAssigneeLength = 256;

    internal const int MaxCommentLength = 4000;

    public static void Map(RouteGroupBuilder staff)
    {
        staff.MapGet("/tickets/{reference}", GetAsync)
            .WithName("GetTicket")
            .WithSummary("The ticket with its requester, typed payload fields and comments.")
            .Produces<TicketDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPatch("/tickets/{reference}", PatchAsync)
            .WithName("PatchTicket")
            .WithSummary($"Changes the status ({ApiValues.Choices<TicketStatus>()}) and/or the assignee; an empty assignee unassigns. A status change is passed on to the partner.")
            .Produces<TicketDetail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        staff.MapPost("/tickets/{reference}/comments", CommentAsync)
            .WithName("CommentOnTicket")
            .WithSummary("Adds a staff comment; one marked visibleToPartner is passed on to the partner.")
            .Produces<TicketCommentView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetAsync(string reference, [FromServices] TicketDesk desk, CancellationToken cancellationToken) =>
        await desk.FindAsync(reference, cancellationToken) is { } ticket
            ? TypedResults.Ok(TicketDetail.From(ticket))
            : TicketApiEndpoints.UnknownTicket(reference);

    private static async Task<IResult> PatchAsync(string reference, TicketPatch patch, [FromServices] TicketDesk desk, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        TicketStatus? status = null;
        if (patch.Status is null && patch.Assignee is null)
        {
            errors.Add("$", "Send a status, an assignee, or both.");
        }

        if (patch.Status is not null)
        {
            if (ApiValues.TryParseName<TicketStatus>(patch.Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors.Add("status", $"Unknown status '{patch.Status}'. Use one of: {ApiValues.Choices<TicketStatus>()}.");
            }
        }

        if (patch.Assignee?.Trim().Length > MaxAssigneeLength)
        {
            errors.Add("assignee", $"The assignee is at most {MaxAssigneeLength} characters.");
        }

        if (errors.Any)
        {
            return errors.ToResult("The ticket was not changed.");
        }

        return await desk.UpdateAsync(reference, status, patch.Assignee, cancellationToken) is { } ticket
            ? TypedResults.Ok(TicketDetail.From(ticket))
            : TicketApiEndpoints.UnknownTicket(reference);
    }

    private static async Task<IResult> CommentAsync(
        string reference,
        NewTicketComment body,
        ClaimsPrincipal staff,
        [FromServices] TicketDesk desk,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var text = body.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("text", "Write the comment's text.");
        }
        else if (text.Length > MaxCommentLength)
        {
            errors.Add("text", $"A comment is at most {MaxCommentLength} characters.");
        }

        // The author is who signed in, never a name typed into the request: a comment cannot be put in someone else's name.
        var author = staff.Identity?.Name ?? "staff";

        if (errors.Any)
        {
            return errors.ToResult("The comment was not added.");
        }

        var comment = await desk.AddCommentAsync(reference, author, text!, body.VisibleToPartner, cancellationToken);
        return comment is null
            ? TicketApiEndpoints.UnknownTicket(reference)
            : TypedResults.Created($"/api/tickets/{TicketReference.Normalize(reference)}", TicketCommentView.From(comment));
    }
}
