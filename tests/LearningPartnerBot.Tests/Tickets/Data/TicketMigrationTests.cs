using LearningPartnerBot.Tests.Eligibility.Data;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningPartnerBot.Tests.Tickets.Data;

public sealed class TicketMigrationTests : IDisposable
{
    private readonly TempTicketsDatabase _database = new();

    [Fact]
    public void Migrating_records_the_migrations_in_the_areas_own_history_table()
    {
        using var db = _database.Open();
        Assert.Empty(db.Database.GetPendingMigrations());
        var applied = db.Database.SqlQueryRaw<string>($"SELECT MigrationId AS Value FROM \"{TicketsDbContext.MigrationsHistoryTable}\"").ToList();
        Assert.Equal(["20261122140000_CreateTicketTables", "20261122150000_AddTicketOutbox"], applied);
    }

    [Fact]
    public void The_hand_written_migration_builds_the_same_schema_EF_builds_from_the_model()
    {
        using var fromModel = new TempTicketsDatabase(migrate: false);
        using (var db = fromModel.Open())
        {
            db.Database.EnsureCreated();
        }

        using var migrated = _database.Open();
        using var created = fromModel.Open();
        Assert.Equal(SqliteSchema.Of(created), SqliteSchema.Of(migrated));
    }

    [Fact]
    public void Comments_round_trip_and_go_with_their_ticket()
    {
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        using (var db = _database.Open())
        {
            db.Tickets.Add(new Ticket
            {
                Reference = "LP-2026-000001", Year = 2026, Sequence = 1, RequesterId = "u", Locale = "en-US", PayloadJson = "{}",
                ConversationReferenceJson = "{}", SourceChannelId = "msteams", SourceActivityId = "a", CreatedAt = at, UpdatedAt = at,
                LastDeliveryError = "403 Forbidden: the bot was blocked.",
                Comments = [new TicketComment { Author = "jan", Text = "Invoice checked.", VisibleToPartner = true, CreatedAt = at }],
            });
            db.SaveChanges();
        }

        using (var db = _database.Open())
        {
            var ticket = db.Tickets.Include(t => t.Comments).Single();
            var comment = Assert.Single(ticket.Comments);
            Assert.Equal(("jan", "Invoice checked.", true, at), (comment.Author, comment.Text, comment.VisibleToPartner, comment.CreatedAt));
            Assert.Equal("403 Forbidden: the bot was blocked.", ticket.LastDeliveryError);
            db.Tickets.Remove(ticket);
            db.SaveChanges();
        }

        using var read = _database.Open();
        Assert.Empty(read.Comments);
    }

    public void Dispose() => _database.Dispose();
}
