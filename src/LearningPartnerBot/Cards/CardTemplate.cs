using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using BotKit.Schema;

namespace LearningPartnerBot.Cards;

/// <summary>
/// An Adaptive Card template, expanded with the subset of the Adaptive Cards Templating language our cards use:
/// <c>${path}</c> bindings in strings, <c>$data</c> to rescope or repeat an element, <c>$when</c> to drop it.
/// Bound values are written as JSON values, so text from users or translations can never break the card.
/// The card is written straight to its wire form: a request form repeats over a few hundred countries and currencies,
/// and building a JSON tree of it for every message, only to serialize it, cost more than the rest of the turn.
/// </summary>
public sealed class CardTemplate
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = BotJson.Options.Encoder, Indented = BotJson.Options.WriteIndented };

    // Compiled once; immutable, so one cached template renders for many turns at once.
    private readonly TemplateNode.ObjectNode _root;

    public CardTemplate(string name, JsonElement template)
    {
        if (template.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Card '{name}' must be a JSON object.", nameof(template));
        }

        Name = name;
        _root = new TemplateNode.ObjectNode(template);
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return new CardTemplate(name, document.RootElement);
    }

    /// <summary>Binds <paramref name="data"/> (any object, serialized with <see cref="BotJson.Options"/>, or JSON) into a new card.</summary>
    public RenderedCard Render(object? data)
    {
        var root = data switch
        {
            JsonElement element => element,
            JsonNode node => JsonSerializer.SerializeToElement(node, BotJson.Options),
            _ => JsonSerializer.SerializeToElement(data, BotJson.Options),
        };

        var buffer = RenderBuffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        buffer.ResetWrittenCount();
        string? speak = null;
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            var scope = new TemplateScope(root, root, null);
            if (_root.TryEnter(scope, out var cardScope))
            {
                speak = _root.Write(writer, cardScope);
            }
            else
            {
                // A card whose own $when is false is an empty object, not nothing: callers always get a card.
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
        }

        var card = new RenderedCard(buffer.WrittenSpan.ToArray(), speak);
        if (buffer.Capacity > 256 * 1024)
        {
            // An unusually large card was rendered: let its buffer go rather than keep it for the thread's lifetime.
            RenderBuffer = null;
        }

        return card;
    }

    // Per thread, because rendering never awaits.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? RenderBuffer;
}
