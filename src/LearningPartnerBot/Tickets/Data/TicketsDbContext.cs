using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LearningPartnerBot.Tickets.Data;

/// <summary>
/// The ticket tables in the bot's database, with their own migration history so the area evolves its schema on its
/// own. Timestamps are stored as integers because SQLite cannot order or compare DateTimeOffset text.
/// </summary>
public sealed class TicketsDbContext(DbContextOptions<TicketsDbContext> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__TicketsMigrations";

    /// <summary>Named, not derived: the derived name of three columns exceeds PostgreSQL's 63-character limit.</summary>
    public const string SourceActivityIndex = "IX_Tickets_SourceActivity";

    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<TicketComment> Comments => Set<TicketComment>();

    public DbSet<TicketOutboxMessage> Outbox => Set<TicketOutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Ticket>(ticket =>
        {
            ticket.ToTable("Tickets");
            ticket.Property(t => t.Reference).HasMaxLength(16);
            ticket.Property(t => t.Type).HasConversion<string>().HasMaxLength(32);
            ticket.Property(t => t.PartnerMpnId).HasMaxLength(32);
            ticket.Property(t => t.PartnerName).HasMaxLength(256);
            // The column was added to a table with rows, which need a value; the model says so too, so the two agree.
            ticket.Property(t => t.PartnerStatedByRequester).HasDefaultValue(false);
            ticket.Property(t => t.RequesterId).HasMaxLength(256);
            ticket.Property(t => t.RequesterName).HasMaxLength(256);
            ticket.Property(t => t.RequesterEmail).HasMaxLength(256);
            ticket.Property(t => t.RequesterRole).HasMaxLength(64);
            ticket.Property(t => t.Locale).HasMaxLength(16);
            ticket.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
            ticket.Property(t => t.Assignee).HasMaxLength(256);
            ticket.Property(t => t.CreatedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            ticket.Property(t => t.UpdatedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            ticket.Property(t => t.FirstStaffActionAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            ticket.Property(t => t.SourceChannelId).HasMaxLength(64);
            ticket.Property(t => t.SourceActivityId).HasMaxLength(256);
            ticket.Property(t => t.SourceConversationId).HasMaxLength(256);
            ticket.Property(t => t.FormInstanceId).HasMaxLength(128);
            ticket.Property(t => t.LastDeliveryError).HasMaxLength(1024);
            ticket.HasMany(t => t.Comments).WithOne().HasForeignKey(c => c.TicketId).OnDelete(DeleteBehavior.Cascade);
            ticket.HasIndex(t => t.Reference).IsUnique();
            ticket.HasIndex(t => new { t.Year, t.Sequence }).IsUnique();
            ticket.HasIndex(t => new { t.SourceChannelId, t.SourceConversationId, t.SourceActivityId }).IsUnique().HasDatabaseName(SourceActivityIndex);
            // SQLite treats NULLs as distinct, so tickets without a form instance never collide here.
            ticket.HasIndex(t => new { t.RequesterId, t.FormInstanceId }).IsUnique();
            ticket.HasIndex(t => t.Status);
            ticket.HasIndex(t => t.PartnerMpnId);
            ticket.HasIndex(t => t.CreatedAt);
            // The staff dashboard: tickets filed in a period (by day and type, with their first response), and the
            // open ones by status and age, each read from the index alone.
            ticket.HasIndex(t => new { t.CreatedAt, t.Type, t.FirstStaffActionAt });
            ticket.HasIndex(t => new { t.Status, t.CreatedAt });
        });

        modelBuilder.Entity<TicketComment>(comment =>
        {
            comment.ToTable("TicketComments");
            comment.Property(c => c.Author).HasMaxLength(256);
            comment.Property(c => c.Text).HasMaxLength(4000);
            comment.Property(c => c.CreatedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
        });

        modelBuilder.Entity<TicketOutboxMessage>(message =>
        {
            message.ToTable("TicketOutbox");
            message.HasOne<Ticket>().WithMany().HasForeignKey(m => m.TicketId).OnDelete(DeleteBehavior.Cascade);
            message.Property(m => m.CreatedAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            message.Property(m => m.NextAttemptAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            message.Property(m => m.DeliveredAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            message.Property(m => m.LastError).HasMaxLength(1024);
            message.Property(m => m.ClaimedBy).HasMaxLength(64);
            message.HasIndex(m => new { m.DeliveredAt, m.NextAttemptAt });
        });
    }
}
