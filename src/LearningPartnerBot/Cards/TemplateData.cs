using System.Buffers;
using System.Text.Json;
using BotKit.Schema;

namespace LearningPartnerBot.Cards;

/// <summary>A <c>$data</c>: a binding's value, or a literal object or array with its own bindings filled in.</summary>
internal sealed class TemplateData
{
    private readonly TemplatePath? _path;
    private readonly TemplateNode? _literal;

    public TemplateData(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.String && TemplateString.Of(data.GetString()!).WholePath is { } path)
        {
            _path = path;
        }
        else
        {
            _literal = TemplateNode.Compile(data);
        }
    }

    public JsonElement Evaluate(TemplateScope scope)
    {
        if (_path is not null)
        {
            return _path.Evaluate(scope);
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = BotJson.Options.Encoder }))
        {
            _literal!.Write(writer, scope);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
