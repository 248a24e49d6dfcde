using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Hosting;

/// <summary>Activities shaped as Web Chat (Direct Line) really sends them.</summary>
internal static class WebChatActivities
{
    public static JsonObject Message(string conversationId, string text, string locale = "en-US", JsonNode? value = null, string? id = null)
    {
        var activity = Base("message", conversationId, locale, id);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        activity["channelData"] = new JsonObject { ["clientActivityID"] = "1732269000000abcdef", ["clientTimestamp"] = "2026-11-22T09:30:00.000Z" };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "ClientCapabilities",
            ["requiresBotState"] = true,
            ["supportsListening"] = true,
            ["supportsTts"] = true,
        });
        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    public static JsonObject ConversationUpdate(string conversationId, string locale = "en-US")
    {
        var activity = Base("conversationUpdate", conversationId, locale, id: null);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "dl_user-42", ["name"] = "Partner" });
        return activity;
    }

    private static JsonObject Base(string type, string conversationId, string locale, string? id) => new()
    {
        ["type"] = type,
        ["id"] = id ?? conversationId + "|" + Guid.NewGuid().ToString("N")[..7],
        ["timestamp"] = "2026-11-22T09:30:00.1234567Z",
        ["localTimestamp"] = "2026-11-22T10:30:00.123+01:00",
        ["localTimezone"] = "Europe/Amsterdam",
        ["serviceUrl"] = "https://directline.botframework.com/",
        ["channelId"] = "webchat",
        ["from"] = new JsonObject { ["id"] = "dl_user-42", ["name"] = "Partner", ["role"] = "user" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "learningpartnerbot@abc", ["name"] = "LearningPartnerBot" },
        ["locale"] = locale,
        ["deliveryMode"] = "expectReplies",
    };
}
