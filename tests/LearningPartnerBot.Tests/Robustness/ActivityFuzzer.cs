using System.Text;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.Tests.Robustness;

/// <summary>One request of the fuzz run: what kind of damage it carries, its body and its content type.</summary>
internal sealed record FuzzCase(int Index, string Kind, byte[] Body, string? ContentType)
{
    public string BodyPreview(int max = 2_000)
    {
        var text = Encoding.UTF8.GetString(Body);
        return text.Length <= max ? text : $"{text[..max]}… ({Body.Length} bytes)";
    }
}

/// <summary>
/// Deterministic mutated activities: case <c>i</c> of seed <c>s</c> is always the same request, whatever ran before
/// it, so a failure is replayed from the seed and index alone.
/// </summary>
internal static class ActivityFuzzer
{
    // Few enough conversations that they get into dialogs and forms, which the next mutated activities then meet.
    private const int Conversations = 60;

    private static readonly string[] Types =
    [
        "message", "message", "message", "message", "conversationUpdate", "installationUpdate", "invoke", "event", "typing",
        "messageReaction", "endOfConversation", "deleteUserData", "messageUpdate", "messageDelete", "handoff", "trace",
        "MESSAGE", "Message ", "unknownType", "😀", "",
    ];

    private static readonly string[] Fields =
    [
        "type", "id", "timestamp", "localTimestamp", "serviceUrl", "channelId", "from", "conversation", "recipient", "text",
        "locale", "value", "valueType", "name", "attachments", "entities", "channelData", "replyToId", "deliveryMode",
        "membersAdded", "membersRemoved", "action", "suggestedActions", "textFormat", "inputHint", "relatesTo", "label",
    ];

    private static readonly string[] FormFields =
    [
        "month", "year", "omlpType", "purchaseUnit", "invoiceNumber", "kpiValue", "revenueValue", "currency", "documentType",
        "comment", "displayName", "country", "landingPage", "aboutPartnerOnly", "noCompetitors", "ownedByPartner", "hostConfirmed",
    ];

    private static readonly string[] SubmitKeys =
    [
        "journey", "action", "topic", "answerId", "helpful", "language", "request", "form", "instance", "submit", "cancel",
        "send", "eligibilityCompetency", "eligibilityDemoUser", "identity", "userPrincipalName", "question", "id",
    ];

    private static readonly string[] SubmitWords =
    [
        "faq", "eligibility", "requests", "show", "vote", "file", "send", "cancel", "backToMenu", "myRequests", "person",
        "support", "discrepancy", "directory", "switchDemoUser", "kpi-discrepancy", "directory-listing", "true", "false",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
        "application/json; charset=utf-16", "application/vnd.api+json", "APPLICATION/JSON", "application/json;;;", "",
    ];

    public static FuzzCase Create(int seed, int index)
    {
        var values = new FuzzValues(new Random(HashCode.Combine(seed, index)));
        var random = values.Random;
        return random.Next(20) switch
        {
            0 => Raw(index, "not json", Encoding.UTF8.GetBytes(values.Pick<string>(["this is not json", "{", "}", "[]", "\"str\"", "42", "null", "{\"type\":", "{'type':'message'}", "\u00ef\u00bb\u00bf{}"]))),
            1 => Raw(index, "broken utf-8", BrokenUtf8(values)),
            2 => Raw(index, "deep json", Encoding.UTF8.GetBytes($"{{\"type\":\"message\",\"conversation\":{{\"id\":\"deep\"}},\"value\":{values.DeepJson(random.Next(40, 400))}}}")),
            3 => new FuzzCase(index, "wrong content type", Serialize(Valid(values)), values.Pick(ContentTypes) is { Length: > 0 } type ? type : null),
            4 => Json(index, "card submit", CardSubmit(values)),
            5 => Json(index, "form submit", FormSubmit(values)),
            6 => Json(index, "invoke", Invoke(values)),
            7 => Json(index, "odd locale or serviceUrl", OddContext(values)),
            8 => Json(index, "missing fields", Remove(values, Valid(values))),
            9 => Json(index, "valid", Valid(values)),
            _ => Json(index, "wrong types", Mutate(values, Valid(values))),
        };
    }

    private static JsonObject Valid(FuzzValues values)
    {
        var random = values.Random;
        var conversation = "fuzz-" + random.Next(Conversations);
        var activity = new JsonObject
        {
            ["type"] = values.Chance(0.85) ? "message" : values.Pick(Types),
            ["id"] = $"{random.Next():x8}{random.Next():x8}",
            ["timestamp"] = "2026-11-22T09:30:00.000Z",
            ["serviceUrl"] = "https://directline.botframework.com/",
            ["channelId"] = values.Pick<string>(["webchat", "directline", "msteams", "emulator", "test", "slack", "x"]),
            ["from"] = new JsonObject { ["id"] = "user-" + random.Next(Conversations), ["name"] = "Partner", ["aadObjectId"] = RandomGuid(random).ToString() },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["locale"] = values.Pick<string>(["en-US", "nl-NL", "tr-TR"]),
            ["text"] = values.Text(),
        };
        if (values.Chance(0.6))
        {
            activity["deliveryMode"] = "expectReplies";
        }

        if (activity["type"]!.GetValue<string>() == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = activity["from"]!["id"]!.GetValue<string>() }, new JsonObject { ["id"] = "bot" });
        }

        return activity;
    }

    private static JsonObject Mutate(FuzzValues values, JsonObject activity)
    {
        for (var i = values.Random.Next(1, 4); i > 0; i--)
        {
            var field = values.Pick(Fields);
            activity[field] = values.Chance(0.2) ? values.Huge() : values.Any();
        }

        if (values.Chance(0.3) && activity["from"] is JsonObject from)
        {
            from[values.Pick<string>(["id", "name", "aadObjectId", "role"])] = values.Any();
        }

        if (values.Chance(0.3) && activity["conversation"] is JsonObject conversation)
        {
            conversation[values.Pick<string>(["id", "isGroup", "conversationType", "tenantId"])] = values.Any();
        }

        return activity;
    }

    private static JsonObject Remove(FuzzValues values, JsonObject activity)
    {
        for (var i = values.Random.Next(1, 6); i > 0; i--)
        {
            activity.Remove(values.Pick(Fields));
        }

        return activity;
    }

    private static JsonObject CardSubmit(FuzzValues values)
    {
        var activity = Valid(values);
        activity["type"] = "message";
        activity["text"] = values.Chance(0.7) ? null : values.Text();
        if (values.Chance(0.3))
        {
            activity["value"] = values.Any();
            return activity;
        }

        var submit = new JsonObject();
        for (var i = values.Random.Next(1, 5); i > 0; i--)
        {
            submit[values.Pick(SubmitKeys)] = values.Chance(0.6) ? values.Pick(SubmitWords) : values.Any();
        }

        activity["value"] = submit;
        return activity;
    }

    private static JsonObject FormSubmit(FuzzValues values)
    {
        var activity = Valid(values);
        activity["type"] = "message";
        activity.Remove("text");
        var form = new JsonObject();
        foreach (var field in FormFields.Where(_ => values.Chance(0.6)))
        {
            form[field] = values.Random.Next(5) switch
            {
                0 => values.Any(),
                1 => values.String(),
                2 => values.Random.Next(-5, 3000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => values.Pick<string>(["INV-123456", "1.234,56", "12,5", "EUR", "USD", "Invoice", "Order confirmation", "NL", "https://contoso.com", "true", "3", "2026"]),
            };
        }

        if (values.Chance(0.7))
        {
            form[values.Pick<string>(["action", "submit", "form", "instance"])] = values.Pick(SubmitWords);
        }

        activity["value"] = form;
        return activity;
    }

    private static JsonObject Invoke(FuzzValues values)
    {
        var activity = Valid(values);
        activity["type"] = "invoke";
        activity["name"] = values.Chance(0.6) ? "adaptiveCard/action" : values.String();
        activity["value"] = values.Chance(0.5)
            ? new JsonObject { ["action"] = new JsonObject { ["type"] = values.Pick<string>(["Action.Execute", "Action.Submit", "x"]), ["verb"] = values.String(), ["data"] = values.Chance(0.5) ? CardSubmit(values)["value"]?.DeepClone() : values.Any() }, ["trigger"] = values.Any() }
            : values.Any();
        return activity;
    }

    private static JsonObject OddContext(FuzzValues values)
    {
        var activity = values.Chance(0.5) ? Valid(values) : CardSubmit(values);
        activity["locale"] = values.Locale();
        activity["serviceUrl"] = values.ServiceUrl();
        if (values.Chance(0.3))
        {
            activity["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = values.Locale() });
            activity.Remove("locale");
        }

        if (values.Chance(0.3))
        {
            activity["deliveryMode"] = values.Chance(0.5) ? values.String() : values.Any();
        }

        return activity;
    }

    private static byte[] BrokenUtf8(FuzzValues values)
    {
        var json = Serialize(Valid(values));
        var broken = new List<byte>(json);
        var bad = values.Pick<byte[]>([[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x00], [0xC0, 0xAF]]);
        var at = json.AsSpan().IndexOf("\"text\":\""u8);
        broken.InsertRange(at >= 0 && values.Chance(0.8) ? at + 8 : values.Random.Next(broken.Count), bad);
        return [.. broken];
    }

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static FuzzCase Json(int index, string kind, JsonObject activity) =>
        new(index, kind, Serialize(activity), "application/json");

    private static FuzzCase Raw(int index, string kind, byte[] body) => new(index, kind, body, "application/json");

    private static byte[] Serialize(JsonObject activity) => Encoding.UTF8.GetBytes(activity.ToJsonString());
}
