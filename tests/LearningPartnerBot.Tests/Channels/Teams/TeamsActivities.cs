using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Channels.Teams;

/// <summary>Activities shaped as Teams sends them to the messaging endpoint.</summary>
internal static class TeamsActivities
{
    public const string BotId = "28:9b1d4c3e-7f0a-4a5b-8c6d-1e2f3a4b5c6d";
    public const string UserId = "29:1a2b3c-partner";

    public static JsonObject InstallationUpdate(string conversationId, string action = "add", bool isGroup = false)
    {
        var activity = Base("installationUpdate", conversationId, isGroup);
        activity["action"] = action;
        return activity;
    }

    /// <summary>Teams sends conversationUpdate without a locale (botbuilder-js#4042).</summary>
    public static JsonObject MembersAdded(string conversationId, bool isGroup, params string[] memberIds)
    {
        var activity = Base("conversationUpdate", conversationId, isGroup);
        activity["membersAdded"] = new JsonArray([.. memberIds.Select(id => (JsonNode)new JsonObject { ["id"] = id })]);
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }

    /// <summary>
    /// A message as Teams posts it for a typed line, an <c>imBack</c> (the button's value as the text) or an
    /// Action.Submit / <c>messageBack</c> (the action's text and value); a null locale is left out, as on some clients.
    /// </summary>
    public static JsonObject Message(string conversationId, string? text, JsonNode? value = null, string? locale = "en-US", string? clientInfoLocale = null)
    {
        var activity = Base("message", conversationId, isGroup: false);
        if (text is not null)
        {
            activity["text"] = text;
        }

        if (value is not null)
        {
            activity["value"] = value;
            activity["replyToId"] = "1:card-message";
        }

        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        if (clientInfoLocale is not null)
        {
            activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = clientInfoLocale, ["platform"] = "Web" });
        }

        return activity;
    }

    public const string TenantId = "tenant-1";
    public const string TeamId = "19:team-general@thread.tacv2";

    /// <summary>A Teams mention entity: whom it names and the &lt;at&gt; text standing for them in the message.</summary>
    public static JsonObject Mention(string id, string name, string? text = "") => new()
    {
        ["type"] = "mention",
        ["text"] = text == "" ? $"<at>{name}</at>" : text,
        ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
    };

    /// <summary>The bot's mention as a member's client sends it, under whatever name that client shows.</summary>
    public static JsonObject BotMention(string shownName = "Learning Partner") => Mention(BotId, shownName);

    /// <summary>
    /// A message in a thread of a team's channel: the conversation id carries the thread's root (";messageid="), and
    /// channelData names the team and channel.
    /// </summary>
    public static JsonObject ChannelMessage(string threadRootId, string fromId, string text, string? locale, params JsonObject[] mentions)
    {
        var activity = SharedMessage(TeamId + ";messageid=" + threadRootId, "channel", fromId, text, locale, mentions);
        activity["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = TeamId,
            ["teamsTeamId"] = TeamId,
            ["channel"] = new JsonObject { ["id"] = TeamId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
        };
        return activity;
    }

    /// <summary>A message in a group chat with the bot.</summary>
    public static JsonObject GroupChatMessage(string conversationId, string fromId, string text, string? locale, params JsonObject[] mentions) =>
        SharedMessage(conversationId, "groupChat", fromId, text, locale, mentions);

    /// <summary>Teams' installationUpdate or conversationUpdate for the bot added to a team (its General channel).</summary>
    public static JsonObject TeamUpdate(JsonObject update)
    {
        update["conversation"] = new JsonObject { ["id"] = TeamId, ["isGroup"] = true, ["conversationType"] = "channel", ["tenantId"] = TenantId };
        update["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Contoso Learning" },
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["eventType"] = "teamMemberAdded",
        };
        return update;
    }

    private static JsonObject SharedMessage(string conversationId, string conversationType, string fromId, string text, string? locale, JsonObject[] mentions)
    {
        var activity = Base("message", conversationId, isGroup: true);
        activity["conversation"]!["conversationType"] = conversationType;
        activity["from"] = new JsonObject { ["id"] = fromId, ["name"] = "Member " + fromId[^4..], ["aadObjectId"] = Guid.NewGuid().ToString() };
        activity["text"] = text;
        activity["textFormat"] = "plain";
        if (locale is not null)
        {
            activity["locale"] = locale;
        }

        activity["entities"] = new JsonArray([
            .. mentions.Select(m => (JsonNode)m.DeepClone()),
            new JsonObject { ["type"] = "clientInfo", ["locale"] = locale ?? "en-US", ["platform"] = "Web" }]);
        return activity;
    }

    public static JsonObject Execute(string conversationId, string verb, JsonNode? data, string locale = "en-US", string type = "Action.Execute")
    {
        var activity = Base("invoke", conversationId, isGroup: false);
        activity["name"] = "adaptiveCard/action";
        activity["locale"] = locale;
        activity["replyToId"] = "1:card-message";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = type, ["id"] = "button-1", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };

        // Invokes are answered in the HTTP response body, which is what these tests read.
        activity.Remove("deliveryMode");
        return activity;
    }

    private static JsonObject Base(string type, string conversationId, bool isGroup) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-12-01T09:30:00.000Z",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["aadObjectId"] = "6f0c2a1e-0000-4000-8000-00000000abcd" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Learning Partner" },
        ["conversation"] = isGroup
            ? new JsonObject { ["id"] = conversationId, ["isGroup"] = true, ["conversationType"] = "groupChat", ["tenantId"] = "tenant-1" }
            : new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },

        // The bot's replies come back in the HTTP body instead of going to Teams' service URL.
        ["deliveryMode"] = "expectReplies",
    };
}
