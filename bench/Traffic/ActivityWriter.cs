using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LearningPartnerBot.Traffic;

/// <summary>
/// Writes the activities a Web Chat user would post, straight to UTF-8 bytes: the driver shares the machine's two cores
/// with the process it measures, so it must cost as little as possible per turn.
/// </summary>
public sealed class ActivityWriter(string conversationId, string userId, string locale, string? aadObjectId)
{
    private int _sequence;

    public string Locale { get; } = locale;

    public byte[] Message(string text) => Write(text, value: null);

    /// <summary>A card click: the button's data with the inputs beside it, as Teams and Web Chat post it.</summary>
    public byte[] Submit(JsonObject value) => Write(text: null, value);

    private byte[] Write(string? text, JsonObject? value)
    {
        var buffer = new ArrayBufferWriter<byte>(768);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "message");
            json.WriteString("id", conversationId + "|" + (++_sequence).ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("timestamp", DateTimeOffset.UtcNow);
            json.WriteString("serviceUrl", "https://directline.botframework.com/");
            json.WriteString("channelId", "webchat");
            json.WriteStartObject("from");
            json.WriteString("id", userId);
            json.WriteString("name", "Load partner");
            json.WriteString("role", "user");
            if (aadObjectId is not null)
            {
                json.WriteString("aadObjectId", aadObjectId);
            }

            json.WriteEndObject();
            json.WriteStartObject("recipient");
            json.WriteString("id", "learningpartnerbot");
            json.WriteEndObject();
            json.WriteStartObject("conversation");
            json.WriteString("id", conversationId);
            json.WriteEndObject();
            json.WriteString("locale", Locale);
            json.WriteString("deliveryMode", "expectReplies");
            if (text is not null)
            {
                json.WriteString("text", text);
                json.WriteString("textFormat", "plain");
            }

            if (value is not null)
            {
                json.WritePropertyName("value");
                value.WriteTo(json);
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
