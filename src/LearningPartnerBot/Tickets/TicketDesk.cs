using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Tickets.Data;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tickets;

/// <summary>
/// What support staff do with tickets: find them, change status and assignee, comment. The partner-facing notifier
/// is called only after the change is committed, so a partner is never told about something that was not saved.
/// </summary>
public sealed class TicketDesk(
    IDbContextFactory<TicketsDbContext> contexts,
    ITicketUpdateNotifier notifier,
    TimeProvider clock,
    ILogger<TicketDesk> logger)
{
    /// <summary>Matching tickets, newest first, <paramref name="pageSize"/> at a time (pages count from 1).</summary>
    public async Task<TicketPage<Ticket>> SearchAsync(TicketFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var matching = Matching(db, filter);
        var total = await matching.CountAsync(cancellationToken);
        var items = await Newest(matching).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new TicketPage<Ticket>(items, page, pageSize, total);
    }

    /// <summary>Every matching ticket, newest first, for export.</summary>
    public async Task<IReadOnlyList<Ticket>> ListAsync(TicketFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Newest(Matching(db, filter)).ToListAsync(cancellationToken);
    }

    /// <summary>The ticket with its comments (oldest first), or null.</summary>
    public async Task<Ticket?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await WithComments(db.Tickets.AsNoTracking()).SingleOrDefaultAsync(t => t.Reference == TicketReference.Normalize(reference), cancellationToken);
    }

    /// <summary>
    /// Sets the status and/or assignee (null leaves a field as it is; an empty assignee unassigns). Returns the
    /// updated ticket, or null when there is no such ticket.
    /// </summary>
    public async Task<Ticket?> UpdateAsync(string reference, TicketStatus? status, string? assignee, CancellationToken cancellationToken)
    {
        TicketStatus previous;
        Ticket? ticket;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ticket = await WithComments(db.Tickets).SingleOrDefaultAsync(t => t.Reference == TicketReference.Normalize(reference), cancellationToken);
            if (ticket is null)
            {
                return null;
            }

            previous = ticket.Status;
            ticket.Status = status ?? ticket.Status;
            if (assignee is not null)
            {
                ticket.Assignee = string.IsNullOrWhiteSpace(assignee) ? null : assignee.Trim();
            }

            ticket.UpdatedAt = clock.GetUtcNow().ToUniversalTime();
            ticket.FirstStaffActionAt ??= ticket.UpdatedAt;
            await db.SaveChangesAsync(cancellationToken);
        }

        if (ticket.Status != previous)
        {
            await NotifyAsync(() => notifier.StatusChangedAsync(new TicketStatusChanged(ticket.Reference, previous, ticket.Status), cancellationToken), ticket.Reference);
        }

        return ticket;
    }

    /// <summary>Adds a staff comment; returns it, or null when there is no such ticket.</summary>
    public async Task<TicketComment?> AddCommentAsync(string reference, string author, string text, bool visibleToPartner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var comment = new TicketComment { Author = author, Text = text, VisibleToPartner = visibleToPartner, CreatedAt = now };
        string stored;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Reference == TicketReference.Normalize(reference), cancellationToken);
            if (ticket is null)
            {
                return null;
            }

            ticket.Comments.Add(comment);
            ticket.UpdatedAt = now;
            ticket.FirstStaffActionAt ??= now;
            await db.SaveChangesAsync(cancellationToken);
            stored = ticket.Reference;
        }

        if (visibleToPartner)
        {
            await NotifyAsync(() => notifier.PartnerCommentAddedAsync(new PartnerCommentAdded(stored, author, text), cancellationToken), stored);
        }

        return comment;
    }

    private static IQueryable<Ticket> Matching(TicketsDbContext db, TicketFilter filter)
    {
        var tickets = db.Tickets.AsNoTracking();
        if (filter.Status is { } status)
        {
            tickets = tickets.Where(t => t.Status == status);
        }

        if (filter.Type is { } type)
        {
            tickets = tickets.Where(t => t.Type == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.PartnerMpnId))
        {
            var partner = filter.PartnerMpnId.Trim();
            tickets = tickets.Where(t => t.PartnerMpnId == partner);
        }

        if (filter.CreatedFrom is { } from)
        {
            var start = StartOfUtcDay(from);
            tickets = tickets.Where(t => t.CreatedAt >= start);
        }

        if (filter.CreatedTo is { } to)
        {
            var end = StartOfUtcDay(to.AddDays(1));
            tickets = tickets.Where(t => t.CreatedAt < end);
        }

        return tickets;
    }

    private static IQueryable<Ticket> Newest(IQueryable<Ticket> tickets) =>
        tickets.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id);

    private static IQueryable<Ticket> WithComments(IQueryable<Ticket> tickets) =>
        tickets.Include(t => t.Comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id));

    private static DateTimeOffset StartOfUtcDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private async Task NotifyAsync(Func<Task> notify, string reference)
    {
        try
        {
            await notify();
        }
        // The staff change is committed; a failed notification must not turn it into an error.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(Redact.Exception(e), "The partner could not be notified about a change to ticket {Reference}.", reference);
        }
    }
}
