using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BotKit.Schema;

namespace LearningPartnerBot.Cards;

/// <summary>
/// An Adaptive Card template, expanded with the subset of the Adaptive Cards Templating language our cards use:
/// <c>${path}</c> bindings in strings, <c>$data</c> to rescope or repeat an element, <c>$when</c> to drop it.
/// Bound values are inserted as JSON values, so text from users or translations can never break the card.
/// </summary>
public sealed partial class CardTemplate
{
    private const string DataKey = "$data";
    private const string WhenKey = "$when";

    // Kept as a JsonElement because it is immutable: one cached template can be expanded by many turns at once.
    private readonly JsonElement _template;

    public CardTemplate(string name, JsonElement template)
    {
        if (template.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"Card '{name}' must be a JSON object.", nameof(template));
        }

        Name = name;
        _template = template.Clone();
    }

    public string Name { get; }

    public static CardTemplate Parse(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return new CardTemplate(name, document.RootElement);
    }

    /// <summary>Binds <paramref name="data"/> (any object, serialized with <see cref="BotJson.Options"/>, or a JsonNode) into a new card.</summary>
    public JsonObject Expand(object? data)
    {
        var root = data as JsonNode ?? JsonSerializer.SerializeToNode(data, BotJson.Options);
        var scope = new TemplateScope(root, root, null);
        var expanded = ExpandElements(_template, scope, repeat: false).FirstOrDefault();
        return expanded as JsonObject ?? [];
    }

    /// <summary>The copies of a template object that survive <c>$data</c> and <c>$when</c>: none, one, or one per array item.</summary>
    private static IEnumerable<JsonNode> ExpandElements(JsonElement element, TemplateScope scope, bool repeat)
    {
        foreach (var itemScope in ScopesOf(element, scope, repeat))
        {
            if (!element.TryGetProperty(WhenKey, out var when) || TemplateCondition.IsTrue(ToNode(when), itemScope))
            {
                yield return ExpandObject(element, itemScope);
            }
        }
    }

    private static IEnumerable<TemplateScope> ScopesOf(JsonElement element, TemplateScope scope, bool repeat)
    {
        if (!element.TryGetProperty(DataKey, out var dataTemplate))
        {
            return [scope];
        }

        var data = Expand(dataTemplate, scope);
        if (repeat && data is JsonArray items)
        {
            return items.Select((item, index) => scope.Enter(item, index));
        }

        return [scope.Enter(data)];
    }

    private static JsonObject ExpandObject(JsonElement element, TemplateScope scope)
    {
        var result = new JsonObject();
        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is DataKey or WhenKey)
            {
                continue;
            }

            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                // An object value has nowhere to repeat into, so $data only rescopes it; $when false drops the property.
                var kept = ExpandElements(property.Value, scope, repeat: false).FirstOrDefault();
                if (kept is not null)
                {
                    result[property.Name] = kept;
                }
            }
            else
            {
                result[property.Name] = Expand(property.Value, scope);
            }
        }

        return result;
    }

    private static JsonNode? Expand(JsonElement element, TemplateScope scope) => element.ValueKind switch
    {
        JsonValueKind.Object => ExpandObject(element, scope),
        JsonValueKind.Array => new JsonArray([.. element.EnumerateArray().SelectMany(item => ExpandArrayItem(item, scope))]),
        JsonValueKind.String => ExpandString(element.GetString()!, scope),
        _ => ToNode(element),
    };

    // The template's elements never change (see _template), so a value node may stand on one instead of a parsed copy.
    private static JsonNode? ToNode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object or JsonValueKind.Array => JsonNode.Parse(element.GetRawText()),
        _ => JsonValue.Create(element),
    };

    private static IEnumerable<JsonNode?> ExpandArrayItem(JsonElement item, TemplateScope scope)
    {
        if (item.ValueKind == JsonValueKind.Object)
        {
            return ExpandElements(item, scope, repeat: true);
        }

        return [Expand(item, scope)];
    }

    private static JsonNode ExpandString(string text, TemplateScope scope)
    {
        // Most of a card is literal text; only a string with a binding needs parsing, and each is parsed once.
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return JsonValue.Create(text);
        }

        var parsed = ParsedStrings.GetOrAdd(text, Parse);
        if (parsed.WholePath is { } path)
        {
            // A string that is only a binding takes the bound value's own JSON type (number, bool, array…).
            return TemplatePath.Evaluate(path, scope)?.DeepClone() ?? JsonValue.Create(string.Empty);
        }

        var replaced = new System.Text.StringBuilder();
        foreach (var (literal, binding) in parsed.Parts)
        {
            replaced.Append(binding is null ? literal : Stringify(TemplatePath.Evaluate(binding, scope)));
        }

        return JsonValue.Create(replaced.ToString());
    }

    /// <summary>A bound string split once into its literal text and its bindings; keyed by the template's own strings, so bounded.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ParsedString> ParsedStrings = new(StringComparer.Ordinal);

    private static ParsedString Parse(string text)
    {
        var whole = WholeBinding().Match(text);
        if (whole.Success)
        {
            return new ParsedString(whole.Groups["path"].Value, []);
        }

        var parts = new List<(string, string?)>();
        var at = 0;
        foreach (Match match in Binding().Matches(text))
        {
            parts.Add((text[at..match.Index], null));
            parts.Add((string.Empty, match.Groups["path"].Value));
            at = match.Index + match.Length;
        }

        parts.Add((text[at..], null));
        return new ParsedString(null, parts);
    }

    private sealed record ParsedString(string? WholePath, List<(string Literal, string? Binding)> Parts);

    private static string Stringify(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };

    [GeneratedRegex(@"^\$\{(?<path>[^}]*)\}$")]
    private static partial Regex WholeBinding();

    [GeneratedRegex(@"\$\{(?<path>[^}]*)\}")]
    private static partial Regex Binding();
}
