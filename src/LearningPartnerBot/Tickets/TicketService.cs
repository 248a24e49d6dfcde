using BotKit.Schema;
using BotKit.EntityFramework;
using LearningPartnerBot.Data;
using LearningPartnerBot.Diagnostics;
using LearningPartnerBot.Tickets.Data;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningPartnerBot.Tickets;

/// <summary>
/// Files tickets exactly once per submit. A redelivered activity or a double-clicked form is found by its source
/// before anything is written; a concurrent duplicate that slips past that check hits a unique index, and the ticket
/// the other call committed is returned instead. With a staff webhook configured, the announcement is queued in the
/// same transaction (see <see cref="TicketWebhookOutbox"/>).
/// </summary>
public sealed class TicketService(
    IDbContextFactory<TicketsDbContext> contexts,
    TimeProvider clock,
    IOptions<TicketWebhookOptions> webhook,
    BotMetrics? metrics = null) : ITicketService
{
    /// <summary>A ticket store that announces nothing to staff.</summary>
    public TicketService(IDbContextFactory<TicketsDbContext> contexts, TimeProvider clock)
        : this(contexts, clock, Options.Create(new TicketWebhookOptions()))
    {
    }

    // One retry covers a duplicate that committed between our check and our insert; more only guards against a
    // database that lets two writers take the same number.
    private const int MaxAttempts = 3;

    /// <summary>The author shown to staff on a message the partner added to their own ticket.</summary>
    public const string PartnerAuthor = "Partner";

    // Any constant that nothing else locks with: it names "the next ticket number" for pg_advisory_xact_lock.
    private const long TicketNumberLock = 0x4C50_5449_434B; // "LPTICK"

    public async Task<TicketReceipt> CreateAsync(NewTicket ticket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var existing = await FindExistingAsync(db, ticket, cancellationToken);
            if (existing is not null)
            {
                return new TicketReceipt(existing.Reference, Created: false, existing.Status);
            }

            try
            {
                return await InsertAsync(db, ticket, cancellationToken);
            }
            catch (DbUpdateException e) when (DuplicateKey.IsCauseOf(e) && attempt < MaxAttempts)
            {
                // A concurrent duplicate won the race; the next attempt finds and returns it.
            }
        }
    }

    public async Task<IReadOnlyList<TicketSummary>> ListForRequesterAsync(string requesterId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Tickets.AsNoTracking()
            .Where(t => t.RequesterId == requesterId)
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new { t.Reference, t.Type, t.Status, t.CreatedAt, t.UpdatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(t => new TicketSummary(t.Reference, t.Type, t.Status, t.CreatedAt, t.UpdatedAt)).ToList();
    }

    public async Task<bool> AddPartnerMessageAsync(string reference, string requesterId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ticket = await db.Tickets.SingleOrDefaultAsync(t => t.Reference == TicketReference.Normalize(reference) && t.RequesterId == requesterId, cancellationToken);
        if (ticket is null)
        {
            return false;
        }

        ticket.Comments.Add(new TicketComment { Author = PartnerAuthor, Text = text, VisibleToPartner = true, CreatedAt = now });
        ticket.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static Task<Ticket?> FindExistingAsync(TicketsDbContext db, NewTicket ticket, CancellationToken cancellationToken) =>
        db.Tickets.AsNoTracking().FirstOrDefaultAsync(
            t => (t.SourceChannelId == ticket.SourceChannelId && t.SourceConversationId == ticket.Conversation.Conversation!.Id && t.SourceActivityId == ticket.SourceActivityId)
                || (ticket.FormInstanceId != null && t.RequesterId == ticket.Requester.Id && t.FormInstanceId == ticket.FormInstanceId),
            cancellationToken);

    private async Task<TicketReceipt> InsertAsync(TicketsDbContext db, NewTicket ticket, CancellationToken cancellationToken)
    {
        // The number is taken and the row written in one transaction, so a reference is never handed out for a
        // ticket that was not committed. Numbering is serialized: SQLite's BEGIN IMMEDIATE holds the write lock from
        // the start; PostgreSQL (read committed, many instances) takes a transaction-scoped advisory lock instead, or
        // concurrent submits would all read the same maximum and all but one would collide on (Year, Sequence).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.ProviderName == DatabaseProviders.Npgsql)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({TicketNumberLock})", cancellationToken);
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        var last = await db.Tickets.Where(t => t.Year == now.Year).MaxAsync(t => (int?)t.Sequence, cancellationToken) ?? 0;
        var row = NewRow(ticket, now, last + 1);
        db.Tickets.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        if (webhook.Value.Enabled)
        {
            db.Outbox.Add(new TicketOutboxMessage { TicketId = row.Id, Body = NewTicketCard.Build(row), CreatedAt = now, NextAttemptAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        metrics?.TicketFiled(ticket.Type);
        return new TicketReceipt(row.Reference, Created: true, row.Status);
    }

    private static Ticket NewRow(NewTicket ticket, DateTimeOffset now, int sequence) => new()
    {
        Reference = TicketReference.Format(now.Year, sequence),
        Year = now.Year,
        Sequence = sequence,
        Type = ticket.Type,
        PartnerMpnId = ticket.PartnerMpnId,
        PartnerName = ticket.PartnerName,
        PartnerStatedByRequester = ticket.PartnerStated,
        RequesterId = ticket.Requester.Id,
        RequesterName = ticket.Requester.Name,
        RequesterEmail = ticket.Requester.Email,
        RequesterRole = ticket.Requester.Role,
        Locale = ticket.Locale,
        PayloadJson = TicketJson.Serialize(ticket.Payload),
        Status = TicketStatus.New,
        CreatedAt = now,
        UpdatedAt = now,
        ConversationReferenceJson = BotJson.Serialize(ticket.Conversation),
        SourceChannelId = ticket.SourceChannelId,
        SourceActivityId = ticket.SourceActivityId,
        SourceConversationId = ticket.Conversation.Conversation?.Id,
        FormInstanceId = ticket.FormInstanceId,
    };
}
