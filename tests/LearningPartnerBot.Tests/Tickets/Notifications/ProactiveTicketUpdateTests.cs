using BotKit.Hosting;
using LearningPartnerBot.Tests.Tickets.Data;
using LearningPartnerBot.Tickets;
using LearningPartnerBot.Tickets.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace LearningPartnerBot.Tests.Tickets.Notifications;

public sealed class ProactiveTicketUpdateTests : IAsyncLifetime, IDisposable
{
    private readonly TempTicketsDatabase _database = new();
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _database.Dispose();

    private TicketDesk Desk() => new(
        _database.Factory,
        new ProactiveTicketUpdateNotifier(
            _database.Factory,
            new ConnectorClientFactory(new OneClientFactory(), new AnonymousConnectorCredentials()),
            NullLogger<ProactiveTicketUpdateNotifier>.Instance),
        _clock,
        NullLogger<TicketDesk>.Instance);

    private async Task<string> FileAsync(NewTicket ticket, string locale)
    {
        ticket.Conversation.ServiceUrl = _connector.ServiceUrl;
        return (await _database.Service(_clock).CreateAsync(ticket with { Locale = locale })).Reference;
    }

    private async Task<string?> DeliveryErrorAsync(string reference)
    {
        await using var db = _database.Open();
        return (await db.Tickets.SingleAsync(t => t.Reference == reference)).LastDeliveryError;
    }

    public static TheoryData<string, string> StatusMessages => new()
    {
        { "en-US", "There is news on your request {0}: it is now resolved." },
        { "nl-NL", "Er is nieuws over uw verzoek {0}. Nieuwe status: afgehandeld." },
        { "tr-TR", "{0} numaralı talebinizle ilgili bir gelişme var. Yeni durum: çözüldü." },
    };

    [Theory]
    [MemberData(nameof(StatusMessages))]
    public async Task A_status_change_reaches_the_partners_conversation_in_their_language(string locale, string expected)
    {
        var reference = await FileAsync(SampleTickets.Kpi(), locale);

        await Desk().UpdateAsync(reference, TicketStatus.Resolved, assignee: null, default);

        var (conversationId, activity) = Assert.Single(_connector.Received);
        Assert.Equal("conv-user-ayse", conversationId);
        Assert.Equal(("message", string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, reference)), (activity.Type, activity.Text));
        Assert.Equal(("user-ayse", "bot"), (activity.Recipient?.Id, activity.From?.Id));
        Assert.Null(await DeliveryErrorAsync(reference));
    }

    [Fact]
    public async Task A_partner_visible_comment_is_sent_and_an_internal_one_is_not()
    {
        var reference = await FileAsync(SampleTickets.Kpi(), "nl-NL");

        await Desk().AddCommentAsync(reference, "jan", "Interne notitie.", visibleToPartner: false, default);
        await Desk().AddCommentAsync(reference, "jan", "Stuur ons de factuur als pdf.", visibleToPartner: true, default);

        var (_, activity) = Assert.Single(_connector.Received);
        Assert.Equal($"Partner Frontline Support heeft een bericht bij uw verzoek {reference} geplaatst:\n\nStuur ons de factuur als pdf.", activity.Text);
    }

    [Fact]
    public async Task A_bot_blocked_by_the_partner_is_recorded_on_the_ticket_and_the_change_still_stands()
    {
        var reference = await FileAsync(SampleTickets.Kpi(), "en-US");
        _connector.Blocked["conv-user-ayse"] = true;

        var ticket = await Desk().UpdateAsync(reference, TicketStatus.InProgress, assignee: null, default);

        Assert.Equal(TicketStatus.InProgress, ticket!.Status);
        Assert.Empty(_connector.Received);
        Assert.StartsWith("403 Forbidden", await DeliveryErrorAsync(reference), StringComparison.Ordinal);

        _connector.Blocked.Clear();
        await Desk().UpdateAsync(reference, TicketStatus.Resolved, assignee: null, default);
        Assert.Single(_connector.Received);
        Assert.Null(await DeliveryErrorAsync(reference));
    }

    [Fact]
    public async Task The_bots_token_is_not_sent_to_a_service_url_stored_with_a_ticket_that_no_channel_vouched_for()
    {
        var reference = await FileAsync(SampleTickets.Kpi(), "en-US");
        var desk = new TicketDesk(
            _database.Factory,
            new ProactiveTicketUpdateNotifier(
                _database.Factory,
                new ConnectorClientFactory(new OneClientFactory(), new FixedToken("bot-token")),
                NullLogger<ProactiveTicketUpdateNotifier>.Instance),
            _clock,
            NullLogger<TicketDesk>.Instance);

        var ticket = await desk.UpdateAsync(reference, TicketStatus.Resolved, assignee: null, default);

        Assert.Equal(TicketStatus.Resolved, ticket!.Status);
        Assert.Equal(0, _connector.Requests);
        var error = await DeliveryErrorAsync(reference);
        Assert.Contains("does not send its token", error, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", error, StringComparison.Ordinal);
    }

    private sealed class FixedToken(string token) : IConnectorCredentials
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(token);
    }

    private sealed class OneClientFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
