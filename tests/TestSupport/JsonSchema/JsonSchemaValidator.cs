using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TestSupport.JsonSchema;

/// <summary>
/// A compact JSON Schema (draft-04/06/07 keyword subset) validator for tests, because the schema packages
/// cannot be restored here. It covers what the Bot Framework, Adaptive Card 1.5 and Teams manifest schemas use;
/// unknown keywords and formats are ignored, as the specification asks.
/// </summary>
public sealed class JsonSchemaValidator
{
    private readonly JsonElement _root;
    private readonly ConcurrentDictionary<string, JsonElement> _resolvedRefs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    private JsonSchemaValidator(JsonElement root) => _root = root;

    public static JsonSchemaValidator Load(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        return new JsonSchemaValidator(document.RootElement.Clone());
    }

    /// <summary>
    /// Validates <paramref name="instance"/> against the whole schema, or against one definition given by name
    /// ("Activity" means "#/definitions/Activity") or as a local reference ("#/definitions/Activity").
    /// </summary>
    public SchemaValidationResult Validate(JsonNode? instance, string? definition = null) =>
        Validate(JsonSerializer.SerializeToElement(instance), definition);

    public SchemaValidationResult Validate(JsonElement instance, string? definition = null)
    {
        var reference = definition switch
        {
            null => "#",
            _ when definition.StartsWith('#') => definition,
            _ => "#/definitions/" + JsonPointer.Escape(definition),
        };
        var schema = Resolve(reference);
        var errors = new List<string>();
        new SchemaEvaluator(this).Evaluate(schema, instance, string.Empty, errors);
        return new SchemaValidationResult(errors);
    }

    internal JsonElement Resolve(string reference) => _resolvedRefs.GetOrAdd(reference, r =>
        JsonPointer.Resolve(_root, r)
        ?? throw new InvalidOperationException($"The schema has nothing at '{r}' (only local '#/...' references are supported)."));

    internal Regex Pattern(string pattern) => _patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant));
}
