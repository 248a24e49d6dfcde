using LearningPartnerBot.Tests.Data;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Tickets.Data;

/// <summary>The ticket tables as migrated, on each provider (the schema itself: <see cref="MigratedSchemaTests"/>).</summary>
public abstract class TicketMigrationTests(TestDatabase database) : IDisposable
{
    private readonly TempTicketsDatabase _database = new(database);

    [DatabaseFact]
    public void Migrating_records_the_migrations_in_the_areas_own_history_table()
    {
        using var db = _database.Open();
        Assert.Empty(db.Database.GetPendingMigrations());
        var applied = db.Database.SqlQueryRaw<string>($"SELECT \"MigrationId\" AS \"Value\" FROM \"{TicketsDbContext.MigrationsHistoryTable}\" ORDER BY \"MigrationId\"").ToList();
        Assert.Equal(["20261122140000_CreateTicketTables", "20261122150000_AddTicketOutbox", "20261203150000_AddTicketOutboxClaimOwner", "20261206050000_AddTicketSourceConversation", "20261206080000_AddTicketPartnerName", "20261206090000_AddTicketFirstStaffAction"], applied);
    }

    [DatabaseFact]
    public void A_ticket_filed_before_the_conversation_joined_the_key_gets_it_from_its_stored_reference()
    {
        _database.Database.Empty();
        using (var db = _database.Open())
        {
            db.GetService<IMigrator>().Migrate("20261203150000_AddTicketOutboxClaimOwner");
            db.Database.ExecuteSqlRaw(
                """
                INSERT INTO "Tickets" ("Reference", "Year", "Sequence", "Type", "RequesterId", "Locale", "PayloadJson", "Status", "CreatedAt", "UpdatedAt", "ConversationReferenceJson", "SourceChannelId", "SourceActivityId")
                VALUES ('LP-2026-000001', 2026, 1, 'General', 'u', 'en-US', '{{}}', 'New', 0, 0, '{{"channelId":"msteams","conversation":{{"id":"a:1XyZ"}}}}', 'msteams', '1732269000000')
                """);
            db.Database.Migrate();
        }

        using var read = _database.Open();
        Assert.Equal("a:1XyZ", read.Tickets.Single().SourceConversationId);
    }

    [DatabaseFact]
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

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteTicketMigrationTests() : TicketMigrationTests(TestDatabase.Sqlite());

[UsesPostgres]
public sealed class PostgresTicketMigrationTests(PostgresTestDatabase database)
    : TicketMigrationTests(TestDatabase.Postgres(database)), IClassFixture<PostgresTestDatabase>;
