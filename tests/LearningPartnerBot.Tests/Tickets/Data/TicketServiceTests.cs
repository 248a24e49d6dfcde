using BotKit.Schema;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Data;
using Microsoft.EntityFrameworkCore;
using LearningPartnerBot.Tests.Data;
using TestSupport.Databases;

namespace LearningPartnerBot.Tests.Tickets.Data;

/// <summary>Filing tickets exactly once with consecutive references, on each provider.</summary>
public abstract class TicketServiceTests : IDisposable
{
    private readonly TempTicketsDatabase _database;
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));

    protected TicketServiceTests(TestDatabase database) => _database = new TempTicketsDatabase(database);

    private TicketService Service => _database.Service(_clock);

    [DatabaseFact]
    public async Task A_new_request_gets_the_first_reference_of_the_year_and_status_New()
    {
        var receipt = await Service.CreateAsync(SampleTickets.Kpi());

        Assert.Equal(new TicketReceipt("LP-2026-000001", Created: true, TicketStatus.New), receipt);
    }

    [DatabaseFact]
    public async Task The_same_submit_delivered_twice_returns_the_same_reference_and_stores_one_ticket()
    {
        var submit = SampleTickets.Kpi(activityId: "activity-1");

        var first = await Service.CreateAsync(submit);
        var second = await Service.CreateAsync(submit);

        Assert.Equal(first.Reference, second.Reference);
        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(1, await CountAsync());
    }

    [DatabaseFact]
    public async Task A_double_clicked_form_files_once_even_though_each_click_is_a_new_activity()
    {
        var first = await Service.CreateAsync(SampleTickets.Kpi(formInstanceId: "form-1"));
        var second = await Service.CreateAsync(SampleTickets.Kpi(formInstanceId: "form-1"));

        Assert.Equal(first.Reference, second.Reference);
        Assert.False(second.Created);
        Assert.Equal(1, await CountAsync());
    }

    [DatabaseFact]
    public async Task The_same_form_instance_id_from_another_requester_is_another_ticket()
    {
        await Service.CreateAsync(SampleTickets.Kpi(formInstanceId: "form-1", requesterId: "user-ayse"));
        var other = await Service.CreateAsync(SampleTickets.Kpi(formInstanceId: "form-1", requesterId: "user-jan"));

        Assert.True(other.Created);
        Assert.Equal(2, await CountAsync());
    }

    [DatabaseFact]
    public async Task The_same_activity_id_on_another_channel_is_another_ticket()
    {
        await Service.CreateAsync(SampleTickets.Kpi(activityId: "1", channel: "msteams"));
        var other = await Service.CreateAsync(SampleTickets.Kpi(activityId: "1", channel: "webchat"));

        Assert.True(other.Created);
    }

    [DatabaseFact]
    public async Task The_same_teams_activity_id_in_another_conversation_is_another_partners_ticket()
    {
        // Teams numbers activities per conversation, so two partners' submits can carry the same id.
        var first = await Service.CreateAsync(SampleTickets.Kpi(activityId: "1732269000000", requesterId: "user-ayse"));
        var other = await Service.CreateAsync(SampleTickets.Kpi(activityId: "1732269000000", requesterId: "user-jan"));

        Assert.True(other.Created);
        Assert.NotEqual(first.Reference, other.Reference);
        Assert.Equal(2, await CountAsync());
    }

    [DatabaseFact]
    public async Task Concurrent_duplicates_store_one_ticket_and_all_get_its_reference()
    {
        var submit = SampleTickets.Kpi(activityId: "activity-race", formInstanceId: "form-race");

        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Service.CreateAsync(submit))));

        Assert.Single(receipts.Select(r => r.Reference).Distinct());
        Assert.Single(receipts, r => r.Created);
        Assert.Equal(1, await CountAsync());
    }

    [DatabaseFact]
    public async Task Concurrent_different_requests_each_get_their_own_consecutive_reference()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => Service.CreateAsync(SampleTickets.Kpi()))));

        Assert.Equal(
            Enumerable.Range(1, 6).Select(n => $"LP-2026-{n:D6}"),
            receipts.Select(r => r.Reference).Order(StringComparer.Ordinal));
    }

    [DatabaseFact]
    public async Task References_increase_within_a_year_and_restart_at_one_in_the_next()
    {
        var service = Service;
        var first = await service.CreateAsync(SampleTickets.Kpi());
        var second = await service.CreateAsync(SampleTickets.Directory());
        _clock.Now = new DateTimeOffset(2027, 1, 1, 0, 0, 1, TimeSpan.Zero);
        var nextYear = await service.CreateAsync(SampleTickets.General());

        Assert.Equal(["LP-2026-000001", "LP-2026-000002", "LP-2027-000001"], [first.Reference, second.Reference, nextYear.Reference]);
    }

    [DatabaseFact]
    public async Task The_year_is_the_UTC_year_whatever_the_clocks_offset()
    {
        _clock.Now = new DateTimeOffset(2027, 1, 1, 1, 0, 0, TimeSpan.FromHours(3));

        var receipt = await Service.CreateAsync(SampleTickets.Kpi());

        Assert.Equal("LP-2026-000001", receipt.Reference);
    }

    [DatabaseFact]
    public async Task The_stored_ticket_keeps_the_typed_payload_requester_and_conversation_reference()
    {
        var submit = SampleTickets.Kpi(formInstanceId: "form-9");
        var receipt = await Service.CreateAsync(submit);

        await using var db = _database.Open();
        var ticket = await db.Tickets.SingleAsync(t => t.Reference == receipt.Reference);
        Assert.Equal(SampleTickets.Discrepancy, TicketJson.Deserialize(ticket.PayloadJson));
        Assert.Equal((TicketType.KpiDiscrepancy, "1234567", "user-ayse", "Ayşe Yılmaz", "ayse@contoso.example", "AccountAdmin", "tr-TR", "form-9"),
            (ticket.Type, ticket.PartnerMpnId, ticket.RequesterId, ticket.RequesterName, ticket.RequesterEmail, ticket.RequesterRole, ticket.Locale, ticket.FormInstanceId));
        var conversation = BotJson.Deserialize<ConversationReference>(ticket.ConversationReferenceJson)!;
        Assert.Equal(("conv-user-ayse", "https://smba.example/emea/"), (conversation.Conversation!.Id, conversation.ServiceUrl));
    }

    [DatabaseFact]
    public async Task My_requests_lists_only_the_requesters_tickets_newest_first()
    {
        var service = Service;
        var older = await service.CreateAsync(SampleTickets.Kpi(requesterId: "user-ayse"));
        await service.CreateAsync(SampleTickets.Kpi(requesterId: "user-jan"));
        _clock.Now = _clock.Now.AddDays(1);
        var newer = await service.CreateAsync(SampleTickets.General());

        var mine = await service.ListForRequesterAsync("user-ayse");

        Assert.Equal([newer.Reference, older.Reference], mine.Select(t => t.Reference));
        Assert.Equal([TicketType.General, TicketType.KpiDiscrepancy], mine.Select(t => t.Type));
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<int> CountAsync()
    {
        await using var db = _database.Open();
        return await db.Tickets.CountAsync();
    }
}

public sealed class SqliteTicketServiceTests() : TicketServiceTests(TestDatabase.Sqlite());

[UsesPostgres]
public sealed class PostgresTicketServiceTests(PostgresTestDatabase database)
    : TicketServiceTests(TestDatabase.Postgres(database)), IClassFixture<PostgresTestDatabase>;
