using System.Collections.Concurrent;
using LearningPartnerBot.Tickets.Notifications;

namespace LearningPartnerBot.Tests.Tickets.Api;

/// <summary>Records what the partner would have been told.</summary>
internal sealed class CapturingTicketNotifier : ITicketUpdateNotifier
{
    public ConcurrentQueue<TicketStatusChanged> StatusChanges { get; } = new();

    public ConcurrentQueue<PartnerCommentAdded> Comments { get; } = new();

    public Task StatusChangedAsync(TicketStatusChanged change, CancellationToken cancellationToken)
    {
        StatusChanges.Enqueue(change);
        return Task.CompletedTask;
    }

    public Task PartnerCommentAddedAsync(PartnerCommentAdded comment, CancellationToken cancellationToken)
    {
        Comments.Enqueue(comment);
        return Task.CompletedTask;
    }
}
