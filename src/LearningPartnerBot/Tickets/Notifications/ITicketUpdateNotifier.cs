namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>
/// Told after staff changes that the partner should hear about have been committed. The bot's is
/// <see cref="ProactiveTicketUpdateNotifier"/>; tests swap in their own.
/// </summary>
public interface ITicketUpdateNotifier
{
    Task StatusChangedAsync(TicketStatusChanged change, CancellationToken cancellationToken);

    Task PartnerCommentAddedAsync(PartnerCommentAdded comment, CancellationToken cancellationToken);
}

/// <summary>A ticket moved from <see cref="Previous"/> to <see cref="Current"/>.</summary>
public sealed record TicketStatusChanged(string Reference, TicketStatus Previous, TicketStatus Current);

/// <summary>Staff wrote a comment marked visible to the partner.</summary>
public sealed record PartnerCommentAdded(string Reference, string Author, string Text);
