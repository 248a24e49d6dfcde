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

    [Theory]
    [InlineData(2025, 3, 14, 9, 31, 2, 0, 0, "2025-03-14T09:31:02Z")]
    [InlineData(2025, 3, 14, 9, 31, 2, 1_234_567, 0, "2025-03-14T09:31:02.1234567Z")]
    [InlineData(2025, 3, 14, 9, 31, 2, 1_000_000, 0, "2025-03-14T09:31:02.1Z")]
    [InlineData(2025, 12, 31, 23, 59, 59, 10, 0, "2025-12-31T23:59:59.000001Z")]
    [InlineData(2025, 3, 14, 12, 31, 2, 0, 180, "2025-03-14T12:31:02+03:00")]
    [InlineData(2025, 3, 14, 1, 0, 0, 5_000_000, -570, "2025-03-14T01:00:00.5-09:30")]
    public void A_timestamp_is_written_with_only_the_fraction_digits_it_needs(
        int year, int month, int day, int hour, int minute, int second, long ticks, int offsetMinutes, string expected)
    {
        var stamp = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromMinutes(offsetMinutes)).AddTicks(ticks);
        var activity = new Activity { Type = ActivityTypes.Message, Timestamp = stamp };

        var written = JsonSerializer.SerializeToNode(activity, BotJson.Options)!["timestamp"]!.GetValue<string>();

        Assert.Equal(expected, written);
        Assert.Equal(stamp, DateTimeOffset.Parse(written, System.Globalization.CultureInfo.InvariantCulture));
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
