using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotKit.Dialogs;

/// <summary>
/// Reads a dialog's instance state with a component's inner stack (<see cref="ComponentDialog.PersistedDialogState"/>)
/// already typed, and every other value as a JsonElement, as the serializer would. Read untyped, each level of nested
/// components parsed its whole subtree again when it converted its stack, so a conversation three dialogs deep
/// parsed its state (forms and all) about four times per turn.
/// </summary>
internal sealed class InstanceStateConverter : JsonConverter<IDictionary<string, object?>>
{
    private const string StackProperty = "dialogStack";

    public override IDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog's state is a JSON object.");
        }

        var state = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            state[key] = reader.TokenType switch
            {
                JsonTokenType.Null => null,
                _ when key == ComponentDialog.PersistedDialogState && IsStack(reader) => JsonSerializer.Deserialize<DialogState>(ref reader, options),
                _ => JsonElement.ParseValue(ref reader),
            };
        }

        return state;
    }

    public override void Write(Utf8JsonWriter writer, IDictionary<string, object?> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in value)
        {
            writer.WritePropertyName(key);
            JsonSerializer.Serialize(writer, item, item?.GetType() ?? typeof(object), options);
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Whether the value is shaped as a stack is stored ({"dialogStack": …} and nothing else): a dialog that is not a
    /// component may keep something else under the same key, and that stays a JsonElement for it to read.
    /// </summary>
    private static bool IsStack(Utf8JsonReader reader)
    {
        // A copy of the caller's reader: scanning ahead here does not move theirs.
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals(StackProperty))
            {
                return false;
            }

            reader.Read();
            reader.Skip();
        }

        return true;
    }
}
