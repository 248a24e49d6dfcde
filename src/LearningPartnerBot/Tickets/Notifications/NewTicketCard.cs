using System.Globalization;
using System.Text.Json.Nodes;
using LearningPartnerBot.Cards;
using LearningPartnerBot.Tickets.Data;

namespace LearningPartnerBot.Tickets.Notifications;

/// <summary>
/// The staff announcement of a new ticket: a message with one Adaptive Card attachment, the shape Teams Workflows'
/// "when a webhook request is received" trigger posts to a channel. Staff-facing, so English only. Every value a
/// partner's channel or form supplied is escaped (<see cref="CardText"/>): the staff channel renders markdown.
/// </summary>
internal static class NewTicketCard
{
    public static string Build(Ticket ticket)
    {
        var facts = new JsonArray
        {
            Fact("Type", ticket.Type.ToString()),
            Fact("Partner", ticket.PartnerMpnId is null ? "(unknown)" : CardText.Escape(ticket.PartnerMpnId, 40)),
            Fact("Company", ticket.PartnerName is null ? "(unknown)" : CardText.Escape(ticket.PartnerName, 100) + (ticket.PartnerStatedByRequester ? " (typed by the requester)" : string.Empty)),
            Fact("Requester", CardText.Escape(ticket.RequesterName ?? ticket.RequesterId, 100)),
            Fact("Language", CardText.Escape(ticket.Locale, 20)),
            Fact("Created", ticket.CreatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
        };
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = $"New ticket {ticket.Reference}", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
                new JsonObject { ["type"] = "FactSet", ["facts"] = facts },
            },
        };
        var message = new JsonObject
        {
            ["type"] = "message",
            ["reference"] = ticket.Reference,
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card },
            },
        };
        return message.ToJsonString();
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
