using LearningPartnerBot.Knowledge.Feedback;
using LearningPartnerBot.Tests.Data;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Insights;

/// <summary>Rows written before the insights migrations get the values the dashboard and the purge rely on.</summary>
public abstract class InsightsMigrationTests(TestDatabase database) : IDisposable
{
    [DatabaseFact]
    public async Task Votes_and_questions_from_before_get_the_UTC_day_they_were_created()
    {
        using var db = new KnowledgeDbContext(database.Options<KnowledgeDbContext>(KnowledgeDbContext.MigrationsHistoryTable));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261122120000_CreateFeedbackTables");
        var created = new DateTimeOffset(2026, 11, 30, 23, 45, 0, TimeSpan.Zero);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "FaqVotes" ("AnswerId", "UserKey", "TopicId", "Language", "Helpful", "ChannelId", "CreatedAt", "UpdatedAt") VALUES ('a', 'u', 'gold', 'en', FALSE, 't', {created}, {created})""");
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "UnansweredQuestions" ("Question", "Language", "BestScore", "Suggestions", "ChannelId", "CreatedAt") VALUES ('q', 'en', 0, '', 't', {created})""");

        await migrator.MigrateAsync();

        Assert.Equal(new DateOnly(2026, 11, 30), (await db.Votes.SingleAsync()).Day);
        Assert.Equal(new DateOnly(2026, 11, 30), (await db.UnansweredQuestions.SingleAsync()).Day);
    }

    [DatabaseFact]
    public async Task Tickets_from_before_take_their_first_staff_comment_or_else_their_update_when_staff_moved_them_on()
    {
        using var db = new TicketsDbContext(database.Options<TicketsDbContext>(TicketsDbContext.MigrationsHistoryTable));
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261206050000_AddTicketSourceConversation");
        var filed = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var binary = new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter();
        long At(double hours) => (long)binary.ConvertToProvider(filed.AddHours(hours))!;
        const string Empty = "{}";
        foreach (var (id, status) in ((int, string)[])[(1, "InProgress"), (2, "Resolved"), (3, "New")])
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Tickets" ("Id", "Reference", "Year", "Sequence", "Type", "RequesterId", "Locale", "PayloadJson", "Status", "CreatedAt", "UpdatedAt", "ConversationReferenceJson", "SourceChannelId", "SourceActivityId")
                VALUES ({id}, {"LP-2026-00000" + id}, 2026, {id}, 'General', 'r', 'en', {Empty}, {status}, {At(0)}, {At(48)}, {Empty}, 't', {"a" + id})
                """);
        }

        await db.Database.ExecuteSqlAsync($"""INSERT INTO "TicketComments" ("TicketId", "Author", "Text", "VisibleToPartner", "CreatedAt") VALUES (1, 'Partner', 'p', TRUE, {At(1)}), (1, 'Jan', 's', FALSE, {At(5)}), (1, 'Jan', 's', FALSE, {At(7)})""");

        await migrator.MigrateAsync();

        var firstActions = await db.Tickets.OrderBy(t => t.Id).Select(t => t.FirstStaffActionAt).ToListAsync();
        Assert.Equal([filed.AddHours(5), filed.AddHours(48), null], firstActions);
    }

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteInsightsMigrationTests() : InsightsMigrationTests(TestDatabase.Sqlite());

[UsesPostgres]
public sealed class PostgresInsightsMigrationTests(PostgresTestDatabase database)
    : InsightsMigrationTests(TestDatabase.Postgres(database)), IClassFixture<PostgresTestDatabase>;
