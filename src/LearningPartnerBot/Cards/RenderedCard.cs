using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using BotKit.Schema;

namespace LearningPartnerBot.Cards;

/// <summary>
/// An Adaptive Card already in its wire form: UTF-8 JSON that serializing writes as it is. Every card the bot renders
/// from a template is one (<see cref="CardTemplate.Render"/>, and the FAQ cards filled from their bound bytes), so a
/// card is never built as a JSON tree only to be serialized. Anything that needs the card's fields serializes it, as
/// it would any attachment content.
/// </summary>
[JsonConverter(typeof(RenderedCardConverter))]
public sealed class RenderedCard
{
    private readonly byte[] _utf8Json;

    /// <param name="utf8Json">One JSON object, written with <see cref="BotJson.Options"/>; not checked again.</param>
    /// <param name="speak">The card's "speak" text, so readers of a reply's summary need not parse the card.</param>
    public RenderedCard(byte[] utf8Json, string? speak)
    {
        _utf8Json = utf8Json ?? throw new ArgumentNullException(nameof(utf8Json));
        Speak = speak;
    }

    public ReadOnlySpan<byte> Utf8Json => _utf8Json;

    public string? Speak { get; }

    public Attachment ToAttachment() => new() { ContentType = ContentTypes.AdaptiveCard, Content = this };

    public JsonObject ToJsonObject() => JsonNode.Parse(_utf8Json)!.AsObject();

    public override string ToString() => Encoding.UTF8.GetString(_utf8Json);

    private sealed class RenderedCardConverter : JsonConverter<RenderedCard>
    {
        public override RenderedCard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException("An Adaptive Card is a JSON object.");
            }

            var speak = document.RootElement.TryGetProperty("speak", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            return new RenderedCard(JsonSerializer.SerializeToUtf8Bytes(document.RootElement, options), speak);
        }

        public override void Write(Utf8JsonWriter writer, RenderedCard value, JsonSerializerOptions options) =>
            writer.WriteRawValue(value._utf8Json, skipInputValidation: true);
    }
}
