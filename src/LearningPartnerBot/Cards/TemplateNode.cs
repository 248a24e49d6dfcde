using System.Text.Json;
using BotKit.Schema;

namespace LearningPartnerBot.Cards;

/// <summary>
/// One value of a card template, compiled when the template is loaded: names and literal text already JSON-encoded,
/// bindings parsed, conditions compiled. Rendering a card then only writes.
/// </summary>
internal abstract class TemplateNode
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";

    /// <summary>Writes the value bound to <paramref name="scope"/>; returns it when it was written as a string.</summary>
    public abstract string? Write(Utf8JsonWriter writer, TemplateScope scope);

    public static TemplateNode Compile(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new ObjectNode(element),
        JsonValueKind.Array => new ArrayNode(element),
        JsonValueKind.String when TemplateString.Of(element.GetString()!) is { IsLiteral: false } bound => new BoundStringNode(bound),
        JsonValueKind.String => new LiteralString(element.GetString()!),
        _ => new LiteralValue(element),
    };

    private static JsonEncodedText Encoded(string text) => JsonEncodedText.Encode(text, BotJson.Options.Encoder);

    /// <summary>An object with its optional <c>$data</c> (rescope, or repeat inside an array) and <c>$when</c> (keep or drop).</summary>
    public sealed class ObjectNode : TemplateNode
    {
        private const string SpeakKey = "speak";

        private readonly TemplateData? _data;
        private readonly TemplateCondition? _when;
        private readonly (JsonEncodedText Name, TemplateNode Value, bool IsSpeak)[] _properties;

        public ObjectNode(JsonElement element)
        {
            var properties = new List<(JsonEncodedText, TemplateNode, bool)>();
            foreach (var property in element.EnumerateObject())
            {
                switch (property.Name)
                {
                    case DataKey:
                        _data = new TemplateData(property.Value);
                        break;
                    case WhenKey:
                        _when = TemplateCondition.Compile(property.Value);
                        break;
                    default:
                        properties.Add((Encoded(property.Name), Compile(property.Value), property.Name == SpeakKey));
                        break;
                }
            }

            _properties = [.. properties];
        }

        /// <summary>The scope after <c>$data</c> rescoped it, or false when <c>$when</c> drops the object there.</summary>
        public bool TryEnter(TemplateScope scope, out TemplateScope inner)
        {
            inner = _data is { } data ? scope.Enter(data.Evaluate(scope)) : scope;
            return IsKept(inner);
        }

        public bool IsKept(TemplateScope scope) => _when?.IsTrue(scope) != false;

        /// <summary>The value of this object's <c>$data</c> (undefined without one); an array is repeated over.</summary>
        public JsonElement Repeated(TemplateScope scope) => _data is { } data ? data.Evaluate(scope) : default;

        public bool Repeats => _data is not null;

        /// <summary>Writes the object in <paramref name="scope"/> as it is (its <c>$data</c> and <c>$when</c> already applied); returns its speak text.</summary>
        public override string? Write(Utf8JsonWriter writer, TemplateScope scope)
        {
            string? speak = null;
            writer.WriteStartObject();
            foreach (var (name, value, isSpeak) in _properties)
            {
                if (value is ObjectNode inner)
                {
                    if (inner.TryEnter(scope, out var innerScope))
                    {
                        writer.WritePropertyName(name);
                        inner.Write(writer, innerScope);
                    }

                    continue;
                }

                writer.WritePropertyName(name);
                var written = value.Write(writer, scope);
                if (isSpeak)
                {
                    speak = written;
                }
            }

            writer.WriteEndObject();
            return speak;
        }
    }

    /// <summary>An array: an object item is written once per item of an array <c>$data</c>, and not where <c>$when</c> is false.</summary>
    private sealed class ArrayNode(JsonElement element) : TemplateNode
    {
        private readonly TemplateNode[] _items = [.. element.EnumerateArray().Select(Compile)];

        public override string? Write(Utf8JsonWriter writer, TemplateScope scope)
        {
            writer.WriteStartArray();
            foreach (var item in _items)
            {
                if (item is ObjectNode node)
                {
                    WriteItem(writer, node, scope);
                }
                else
                {
                    item.Write(writer, scope);
                }
            }

            writer.WriteEndArray();
            return null;
        }

        private static void WriteItem(Utf8JsonWriter writer, ObjectNode node, TemplateScope scope)
        {
            if (!node.Repeats)
            {
                WriteIfKept(writer, node, scope);
                return;
            }

            var data = node.Repeated(scope);
            if (data.ValueKind != JsonValueKind.Array)
            {
                WriteIfKept(writer, node, scope.Enter(data));
                return;
            }

            var index = 0;
            foreach (var each in data.EnumerateArray())
            {
                WriteIfKept(writer, node, scope.Enter(each, index++));
            }
        }

        private static void WriteIfKept(Utf8JsonWriter writer, ObjectNode node, TemplateScope scope)
        {
            if (node.IsKept(scope))
            {
                node.Write(writer, scope);
            }
        }
    }

    /// <summary>A string with bindings in it.</summary>
    private sealed class BoundStringNode(TemplateString text) : TemplateNode
    {
        public override string? Write(Utf8JsonWriter writer, TemplateScope scope) => text.Write(writer, scope);
    }

    private sealed class LiteralString(string text) : TemplateNode
    {
        private readonly JsonEncodedText _encoded = Encoded(text);

        public override string? Write(Utf8JsonWriter writer, TemplateScope scope)
        {
            writer.WriteStringValue(_encoded);
            return text;
        }
    }

    /// <summary>A number, true, false or null, as the template has it.</summary>
    private sealed class LiteralValue(JsonElement element) : TemplateNode
    {
        private readonly JsonElement _value = element.Clone();

        public override string? Write(Utf8JsonWriter writer, TemplateScope scope)
        {
            _value.WriteTo(writer);
            return null;
        }
    }
}
