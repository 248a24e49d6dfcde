using BotKit.Schema;
using LearningPartnerBot.Tickets;

namespace LearningPartnerBot.EndToEnd;

/// <summary>Tickets as the chat files them, for tests that need staff data without filling in forms.</summary>
internal static class SeedTickets
{
    public static NewTicket Of(TicketType type)
    {
        var requester = "e2e-seed-" + Guid.NewGuid().ToString("N");
        TicketPayload payload = type == TicketType.KpiDiscrepancy
            ? new KpiDiscrepancyPayload(11, 2026, "Courseware", "Seat", "INV-SEED", 100m, 50m, "EUR", "Invoice", "Seeded for the dashboard test.")
            : new GeneralRequestPayload("Seeded for the dashboard test.", []);
        return new NewTicket(
            type,
            "9990001",
            new TicketRequester(requester, "Seed Partner", "seed@contoso.example", "AccountAdmin"),
            "en-US",
            payload,
            new ConversationReference { ChannelId = "e2e", Conversation = new ConversationAccount { Id = requester }, User = new ChannelAccount { Id = requester }, Bot = new ChannelAccount { Id = "bot" }, ServiceUrl = "http://localhost/" },
            "e2e",
            Guid.NewGuid().ToString("N"));
    }
}
