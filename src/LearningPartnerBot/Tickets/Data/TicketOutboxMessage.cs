namespace LearningPartnerBot.Tickets.Data;

/// <summary>
/// A new-ticket notification waiting for the staff webhook. Written in the ticket's own transaction, so a ticket is
/// never committed without its notification, and kept until delivered, so an outage or a restart loses nothing.
/// </summary>
public sealed class TicketOutboxMessage
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    /// <summary>The message body as sent (an Adaptive Card message), fixed when the ticket is filed.</summary>
    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Not tried again before this; moves further out after each failed round.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Failed delivery rounds so far (each round is several quick Polly retries).</summary>
    public int FailedRounds { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The instance sending it right now (its next attempt is then the claim's lease); null between rounds.</summary>
    public string? ClaimedBy { get; set; }
}
