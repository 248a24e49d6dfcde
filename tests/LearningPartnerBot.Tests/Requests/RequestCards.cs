using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Tests.Knowledge.Chat;

namespace LearningPartnerBot.Tests.Requests;

/// <summary>Reads a request form the way a partner sees it, and fills it in the way Teams posts it back.</summary>
internal static class RequestCards
{
    /// <summary>
    /// The FAQ answer card's "File this request" button for <paramref name="request"/> (a <c>TopicActions</c> value),
    /// on the topic of the same id, as the card posts it.
    /// </summary>
    public static Activity FileRequest(string request) => new()
    {
        Type = ActivityTypes.Message,
        Value = JsonSerializer.SerializeToElement(new { faq = new { action = "file", request, topic = request } }),
    };

    /// <summary>What clicking the card's button with <paramref name="action"/> posts: its data, plus the inputs as strings.</summary>
    public static Activity Click(Activity reply, string action, IReadOnlyDictionary<string, string>? inputs = null)
    {
        var button = CardReader.Buttons(CardReader.Card(reply)).First(b => b["data"]?["request"]?["action"]?.GetValue<string>() == action);
        var data = button["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs ?? new Dictionary<string, string>())
        {
            data[id] = value;
        }

        return new Activity { Type = ActivityTypes.Message, Value = JsonSerializer.SerializeToElement(data) };
    }

    /// <summary>The value each input shows, by input id; inputs without a value are left out.</summary>
    public static Dictionary<string, string> Values(Activity reply) =>
        Elements(CardReader.Card(reply))
            .Where(e => e["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal) && e["value"] is not null)
            .Where(e => e["value"]!.ToString().Length > 0)
            .ToDictionary(e => e["id"]!.GetValue<string>(), e => e["value"]!.ToString());

    /// <summary>Every input of the card, in order, with its attributes (id, label, validation).</summary>
    public static IReadOnlyList<JsonObject> Inputs(Activity reply) => Inputs(CardReader.Card(reply));

    public static IReadOnlyList<JsonObject> Inputs(JsonNode card) =>
        [.. Elements(card).Where(e => e["type"]?.GetValue<string>() is { } type && type.StartsWith("Input.", StringComparison.Ordinal))];

    public static IReadOnlyList<string> InputIds(Activity reply) => [.. Inputs(reply).Select(i => i["id"]!.GetValue<string>())];

    /// <summary>The error under each input, by the input's id.</summary>
    public static Dictionary<string, string> Errors(Activity reply)
    {
        var errors = new Dictionary<string, string>();
        string? lastInput = null;
        foreach (var element in Elements(CardReader.Card(reply)))
        {
            var type = element["type"]?.GetValue<string>();
            if (type?.StartsWith("Input.", StringComparison.Ordinal) == true)
            {
                lastInput = element["id"]!.GetValue<string>();
            }
            else if (type == "TextBlock" && element["color"]?.GetValue<string>() == "Attention" && element["spacing"] is not null && lastInput is not null)
            {
                errors[lastInput] = element["text"]!.GetValue<string>();
            }
        }

        return errors;
    }

    public static IReadOnlyList<string> Texts(Activity reply) =>
        [.. Elements(CardReader.Card(reply)).Where(e => e["type"]?.GetValue<string>() == "TextBlock").Select(e => e["text"]!.GetValue<string>())];

    private static IEnumerable<JsonObject> Elements(JsonNode? node) => node switch
    {
        JsonObject obj => new[] { obj }.Concat(obj.SelectMany(p => Elements(p.Value))),
        JsonArray array => array.SelectMany(Elements),
        _ => [],
    };
}
