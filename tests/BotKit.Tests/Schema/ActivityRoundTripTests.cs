using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;
using TestSupport.Json;

namespace BotKit.Tests.Schema;

/// <summary>
/// A bot that relays or stores activities must write back everything a channel sent, including fields BotKit
/// does not model, or channel features silently break.
/// </summary>
public class ActivityRoundTripTests
{
    public static TheoryData<string> Fixtures =>
    [
        SchemaTestData.TeamsChannelMessage,
        SchemaTestData.TeamsMembersAdded,
        SchemaTestData.TeamsAdaptiveCardAction,
        SchemaTestData.WebChatMessage,
        SchemaTestData.BotCardWithSuggestedActions,
    ];

    private static JsonNode RoundTrip(JsonNode input)
    {
        var activity = input.Deserialize<Activity>(BotJson.Options)!;
        return JsonSerializer.SerializeToNode(activity, BotJson.Options)!;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_channel_payload_survives_deserialize_and_serialize_unchanged_in_meaning(string fixture)
    {
        var input = JsonNode.Parse(SchemaTestData.Fixture(fixture))!;

        var differences = JsonComparison.Differences(input, RoundTrip(input));

        Assert.Empty(differences);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Unknown_properties_at_every_level_survive_the_round_trip(string fixture)
    {
        var input = JsonNode.Parse(SchemaTestData.Fixture(fixture))!.AsObject();
        var marked = AddUnknownPropertyEverywhere(input);

        var output = RoundTrip(input);

        Assert.True(marked >= 4, $"only {marked} places were marked in {fixture}");
        Assert.Empty(JsonComparison.Differences(input, output));
    }

    [Fact]
    public void A_local_timestamp_keeps_its_offset_and_a_utc_timestamp_is_written_with_Z()
    {
        var output = RoundTrip(JsonNode.Parse(SchemaTestData.Fixture(SchemaTestData.TeamsAdaptiveCardAction))!);

        Assert.Equal("2025-03-14T12:31:02.512+03:00", output["localTimestamp"]!.GetValue<string>());
        Assert.Equal("2025-03-14T09:31:02.512Z", output["timestamp"]!.GetValue<string>());
    }

    /// <summary>Adds a field no channel sends today (as a future channel might) at each level; returns how many.</summary>
    private static int AddUnknownPropertyEverywhere(JsonObject activity)
    {
        var targets = new List<JsonObject> { activity };
        targets.AddRange(Objects(activity, "from", "recipient", "conversation", "channelData", "suggestedActions", "value"));
        targets.AddRange(ArrayItems(activity["entities"]));
        targets.AddRange(ArrayItems(activity["attachments"]));
        targets.AddRange(ArrayItems(activity["membersAdded"]));
        targets.AddRange(ArrayItems(activity["suggestedActions"]?["actions"]));
        foreach (var target in targets)
        {
            target["futureField"] = new JsonObject { ["nested"] = new JsonArray(1, "two", true, null, 2.50) };
            target["futureFlag"] = false;
        }

        return targets.Count;
    }

    private static IEnumerable<JsonObject> Objects(JsonObject parent, params string[] names) =>
        names.Select(n => parent[n]).OfType<JsonObject>();

    private static IEnumerable<JsonObject> ArrayItems(JsonNode? array) =>
        array is JsonArray items ? items.OfType<JsonObject>() : [];
}
