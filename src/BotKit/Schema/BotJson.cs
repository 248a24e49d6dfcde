using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BotKit.Schema;

/// <summary>The one set of serializer settings for everything on the wire and in storage.</summary>
public static class BotJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Deep enough for real cards, shallow enough that a hostile body can't exhaust the stack.
            MaxDepth = 64,
        };
        options.Converters.Add(new IsoDateTimeOffsetConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options);

    /// <summary>
    /// Converts a loosely typed payload (JsonElement from the wire, JsonNode, or any object set in code) to <typeparamref name="T"/>.
    /// Returns default when the payload is absent or has the wrong shape, because payloads come from users.
    /// </summary>
    public static T? Convert<T>(object? value)
    {
        try
        {
            return value switch
            {
                null => default,
                T typed => typed,
                JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => default,
                JsonElement element => element.Deserialize<T>(Options),
                JsonNode node => node.Deserialize<T>(Options),
                _ => JsonSerializer.SerializeToElement(value, Options).Deserialize<T>(Options),
            };
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>
    /// Writes UTC as "Z" with only the fraction digits needed, as channels do; keeps other offsets (localTimestamp).
    /// </summary>
    private sealed class IsoDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal, out var value))
            {
                return value;
            }

            throw new JsonException($"'{text}' is not an ISO-8601 date-time.");
        }

        /// <summary>Where the round-trip ("O") form puts the fraction's seven digits, after "yyyy-MM-ddTHH:mm:ss.".</summary>
        private const int FractionStart = 20;

        /// <summary>
        /// Every reply and stored line carries a timestamp, so this is written from the round-trip form, which is
        /// formatted without parsing a pattern, and trimmed as a custom "FFFFFFF" pattern would: no trailing zeros in the
        /// fraction, and no point when the fraction is zero.
        /// </summary>
        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        {
            Span<byte> text = stackalloc byte[40];
            var formatted = value.Offset == TimeSpan.Zero
                ? value.UtcDateTime.TryFormat(text, out var length, "O", CultureInfo.InvariantCulture)
                : value.TryFormat(text, out length, "O", CultureInfo.InvariantCulture);
            if (!formatted)
            {
                throw new FormatException($"Could not write {value:O} as ISO-8601.");
            }

            var digits = 7;
            while (digits > 0 && text[FractionStart + digits - 1] == (byte)'0')
            {
                digits--;
            }

            var kept = digits == 0 ? FractionStart - 1 : FractionStart + digits;
            var suffix = text[(FractionStart + 7)..length];
            suffix.CopyTo(text[kept..]);
            writer.WriteStringValue(text[..(kept + suffix.Length)]);
        }
    }
}
