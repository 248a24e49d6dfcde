namespace LearningPartnerBot.Tickets.Data;

/// <summary>
/// A partner's request as support staff work on it. The payload and the conversation reference are stored as JSON
/// because staff read them whole and the bot only needs them back whole (for display and proactive messages).
/// </summary>
public sealed class Ticket
{
    public long Id { get; set; }

    /// <summary>What the partner is shown, e.g. LP-2026-000123: <see cref="Year"/> and <see cref="Sequence"/>.</summary>
    public required string Reference { get; set; }

    /// <summary>The UTC year the ticket was created in; the sequence restarts each year.</summary>
    public int Year { get; set; }

    public int Sequence { get; set; }

    public TicketType Type { get; set; }

    public string? PartnerMpnId { get; set; }

    /// <summary>The partner's company name, from the partner record or as an unlinked requester typed it.</summary>
    public string? PartnerName { get; set; }

    /// <summary>True when the MPN ID and company name were typed by a requester linked to no partner record, so unverified.</summary>
    public bool PartnerStatedByRequester { get; set; }

    public required string RequesterId { get; set; }

    public string? RequesterName { get; set; }

    public string? RequesterEmail { get; set; }

    public string? RequesterRole { get; set; }

    /// <summary>The partner's chat locale, so later messages to them use their language.</summary>
    public required string Locale { get; set; }

    /// <summary>The <see cref="TicketPayload"/> with its type discriminator (see <see cref="TicketJson"/>).</summary>
    public required string PayloadJson { get; set; }

    public TicketStatus Status { get; set; }

    public string? Assignee { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When staff first changed, assigned or commented on the ticket; null until they do.</summary>
    public DateTimeOffset? FirstStaffActionAt { get; set; }

    /// <summary>The serialized ConversationReference for proactive status messages.</summary>
    public required string ConversationReferenceJson { get; set; }

    /// <summary>
    /// With <see cref="SourceConversationId"/> and <see cref="SourceActivityId"/>, the submit that created the ticket:
    /// unique, so a redelivery cannot file twice.
    /// </summary>
    public required string SourceChannelId { get; set; }

    public required string SourceActivityId { get; set; }

    /// <summary>
    /// Part of the de-duplication key because Teams numbers activities per conversation: two partners' submits can
    /// carry the same activity id. Null only on tickets filed before it was recorded and not recoverable then.
    /// </summary>
    public string? SourceConversationId { get; set; }

    /// <summary>The submitted card's instance; unique per requester, so a double-clicked form files once.</summary>
    public string? FormInstanceId { get; set; }

    /// <summary>Why the last proactive message to the partner failed (e.g. the bot was blocked); null when it did not.</summary>
    public string? LastDeliveryError { get; set; }

    public List<TicketComment> Comments { get; set; } = [];
}
