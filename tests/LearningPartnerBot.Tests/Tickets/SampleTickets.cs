using BotKit.Schema;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.Tests.Tickets;

/// <summary>Requests as the chat would file them, each from its own activity unless told otherwise.</summary>
internal static class SampleTickets
{
    public static KpiDiscrepancyPayload Discrepancy { get; } =
        new(11, 2025, "Courseware", "Seat", "INV-2025-0042", 1250.5m, 19999.99m, "EUR", "Invoice", "The dashboard shows 0.");

    public static NewTicket Kpi(
        string? activityId = null,
        string? formInstanceId = null,
        string requesterId = "user-ayse",
        string partner = "1234567",
        string channel = "msteams") => new(
        TicketType.KpiDiscrepancy,
        partner,
        new TicketRequester(requesterId, "Ayşe Yılmaz", "ayse@contoso.example", "AccountAdmin"),
        "tr-TR",
        Discrepancy,
        Conversation(channel, requesterId),
        channel,
        activityId ?? Guid.NewGuid().ToString("N"),
        formInstanceId);

    public static NewTicket Directory(string partner = "7654321") => new(
        TicketType.DirectoryListing,
        partner,
        new TicketRequester("user-jan", "Jan de Vries", "jan@fabrikam.example", "MpnPartnerAdmin"),
        "nl-NL",
        new DirectoryListingPayload("Fabrikam Learning", "NL", new Uri("https://learn.fabrikam.example/microsoft"), true, true, true, false, new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 7)),
        Conversation("msteams", "user-jan"),
        "msteams",
        Guid.NewGuid().ToString("N"));

    public static NewTicket General(string partner = "1234567") => new(
        TicketType.General,
        partner,
        new TicketRequester("user-ayse", "Ayşe Yılmaz", null, null),
        "en-US",
        new GeneralRequestPayload("I need a person, please.", [new TranscriptLine(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "user", "help")]),
        Conversation("msteams", "user-ayse"),
        "msteams",
        Guid.NewGuid().ToString("N"));

    private static ConversationReference Conversation(string channel, string userId) => new()
    {
        ChannelId = channel,
        ServiceUrl = "https://smba.example/emea/",
        Conversation = new ConversationAccount { Id = "conv-" + userId },
        User = new ChannelAccount { Id = userId },
        Bot = new ChannelAccount { Id = "bot" },
    };
}
