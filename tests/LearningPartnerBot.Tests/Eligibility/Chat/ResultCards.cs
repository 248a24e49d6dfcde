using System.Text.Json.Nodes;
using BotKit.Schema;
using LearningPartnerBot.Tests.Knowledge.Chat;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>Reads what a partner sees on an eligibility card: every line of text, top to bottom.</summary>
internal static class ResultCards
{
    public static IReadOnlyList<string> Texts(Activity reply) => Texts(CardReader.Card(reply));

    public static IReadOnlyList<string> Texts(JsonNode? node) => node switch
    {
        JsonObject block when block["type"]?.GetValue<string>() == "TextBlock" => [block["text"]!.GetValue<string>()],
        JsonObject obj => [.. obj.SelectMany(p => Texts(p.Value))],
        JsonArray array => [.. array.SelectMany(Texts)],
        _ => [],
    };

    /// <summary>The requirement rows of one level, as "mark label|actual|required", read from the card's column sets.</summary>
    public static IReadOnlyList<string> Rows(Activity reply, string levelName)
    {
        var level = CardReader.Card(reply)["body"]!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "Container" && Texts(e) is [var first, ..] && first == levelName)!;
        return [.. level["items"]!.AsArray()
            .Where(e => e!["type"]!.GetValue<string>() == "Container")
            .Select(row => string.Join("|", Texts(row!["items"]![0])))];
    }
}
