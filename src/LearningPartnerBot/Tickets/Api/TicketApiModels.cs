using System.Text.Json;
using LearningPartnerBot.Staff.Api;
using LearningPartnerBot.Tickets.Data;

namespace LearningPartnerBot.Tickets.Api;

/// <summary>A ticket in the queue. Type and status are the camelCase names the API accepts in filters.</summary>
public sealed record TicketListItem(
    string Reference,
    string Type,
    string Status,
    string? PartnerMpnId,
    string? RequesterName,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? PartnerName = null)
{
    internal static TicketListItem From(Ticket ticket) => new(
        ticket.Reference, ApiValues.Name(ticket.Type), ApiValues.Name(ticket.Status), ticket.PartnerMpnId, ticket.RequesterName,
        ticket.Assignee, ticket.CreatedAt, ticket.UpdatedAt, ticket.PartnerName);
}

/// <summary>One page of the queue.</summary>
public sealed record TicketListPage(IReadOnlyList<TicketListItem> Items, int Page, int PageSize, int Total);

/// <summary>
/// A ticket with everything staff need: the requester, the typed payload (its fields plus "kind"), the comments, and
/// why the last message to the partner failed, if it did. <see cref="PartnerStatedByRequester"/> marks an MPN ID and
/// company name typed by a requester linked to no partner record, so unverified.
/// </summary>
public sealed record TicketDetail(
    string Reference,
    string Type,
    string Status,
    string? PartnerMpnId,
    TicketRequester Requester,
    string Locale,
    JsonElement Payload,
    string? Assignee,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string SourceChannelId,
    string? LastDeliveryError,
    IReadOnlyList<TicketCommentView> Comments,
    string? PartnerName = null,
    bool PartnerStatedByRequester = false)
{
    internal static TicketDetail From(Ticket ticket) => new(
        ticket.Reference, ApiValues.Name(ticket.Type), ApiValues.Name(ticket.Status), ticket.PartnerMpnId,
        new TicketRequester(ticket.RequesterId, ticket.RequesterName, ticket.RequesterEmail, ticket.RequesterRole),
        ticket.Locale,
        // Read through the payload type and written back, so staff see exactly the fields the contract defines.
        JsonSerializer.SerializeToElement(TicketJson.Deserialize(ticket.PayloadJson), TicketJson.Options),
        ticket.Assignee, ticket.CreatedAt, ticket.UpdatedAt, ticket.SourceChannelId, ticket.LastDeliveryError,
        ticket.Comments.Select(TicketCommentView.From).ToList(),
        ticket.PartnerName,
        ticket.PartnerStatedByRequester);
}

public sealed record TicketCommentView(string Author, string Text, bool VisibleToPartner, DateTimeOffset CreatedAt)
{
    internal static TicketCommentView From(TicketComment comment) =>
        new(comment.Author, comment.Text, comment.VisibleToPartner, comment.CreatedAt);
}

/// <summary>PATCH body: a field left out (or null) stays as it is; an empty assignee unassigns the ticket.</summary>
public sealed record TicketPatch(string? Status, string? Assignee);

/// <summary>POST comment body; the author is always the signed-in staff key's holder.</summary>
public sealed record NewTicketComment(string? Text, bool VisibleToPartner);
