namespace LearningPartnerBot.Tickets.Data;

/// <summary>A staff note on a ticket; only those marked visible are ever shown to the partner.</summary>
public sealed class TicketComment
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public required string Author { get; set; }

    public required string Text { get; set; }

    public bool VisibleToPartner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
