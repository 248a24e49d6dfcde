using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace TestSupport;

/// <summary>
/// One official schema, ready to validate instances against its root or against one of its definitions. Formats are
/// checked, not just annotated, so a malformed timestamp or URI in an activity or card fails the test.
/// </summary>
public sealed class SchemaValidator
{
    // A pass/fail run stops at the first failure; only a failing instance is evaluated again in full to explain it.
    private static readonly EvaluationOptions Check = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions Explain = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    private readonly JsonObject _document;
    private readonly ConcurrentDictionary<string, JsonSchema> _built = new(StringComparer.Ordinal);

    private SchemaValidator(JsonObject document) => _document = document;

    public static SchemaValidator Load(string schemaJson)
    {
        var document = JsonNode.Parse(schemaJson)?.AsObject()
            ?? throw new ArgumentException("A schema document must be a JSON object.", nameof(schemaJson));

        // The Teams manifest schema declares draft-04 yet uses draft-06/07 keywords (const, if/then) and none that
        // only draft-04 has; the library implements draft-06 onward, so it is read by the rules it is written in.
        if (document["$schema"]?.GetValue<string>() is "http://json-schema.org/draft-04/schema#")
        {
            document["$schema"] = "http://json-schema.org/draft-07/schema#";
        }

        return new SchemaValidator(document);
    }

    /// <summary>
    /// Validates <paramref name="instance"/> against the whole schema, or against one definition given by name
    /// ("Activity" means "#/definitions/Activity") or as a local reference ("#/definitions/Activity").
    /// </summary>
    public SchemaValidationResult Validate(JsonNode? instance, string? definition = null)
    {
        var reference = definition switch
        {
            null => "#",
            _ when definition.StartsWith('#') => definition,
            _ => "#/definitions/" + definition.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal),
        };
        var schema = Schema(reference);
        var element = JsonSerializer.SerializeToElement(instance);
        return schema.Evaluate(element, Check).IsValid
            ? new SchemaValidationResult([])
            : new SchemaValidationResult(Errors(schema.Evaluate(element, Explain)));
    }

    /// <summary>
    /// A definition is validated through a copy of the document whose root is a $ref to it: in drafts 6 and 7 a $ref
    /// replaces its sibling keywords, so the root's own constraints do not apply while its definitions stay in reach.
    /// </summary>
    private JsonSchema Schema(string reference) => _built.GetOrAdd(reference, r =>
    {
        var root = _document.DeepClone().AsObject();
        if (r != "#")
        {
            if (global::Json.Pointer.JsonPointer.Parse(r[1..]).Evaluate(JsonSerializer.SerializeToElement(root)) is null)
            {
                throw new InvalidOperationException($"The schema has nothing at '{r}'.");
            }

            root["$ref"] = r;
        }

        // Each build gets its own registry: the schemas carry the same $id, and the global registry keeps one per id.
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.Build(JsonSerializer.SerializeToElement(root), options, new Uri($"urn:test-schema:{Guid.NewGuid():N}"));
    });

    /// <summary>
    /// The errors of the failing nodes, walked from the root. Where anyOf/oneOf found no matching branch, only the
    /// branch with the fewest errors is followed: for a card element that is the element type it was meant to be, so
    /// a TextBlock without text reports the missing text, not why it is not also each of the twenty other types. A
    /// branch for another JSON type ("or null") is the furthest of all, whatever its count.
    /// </summary>
    private static List<string> Errors(EvaluationResults results)
    {
        var errors = new List<string>();
        if (!results.IsValid)
        {
            Collect(results, errors);
        }

        return errors;
    }

    private static void Collect(EvaluationResults node, List<string> errors)
    {
        var location = node.InstanceLocation.ToString();
        foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
        {
            errors.Add($"{(location.Length == 0 ? "(root)" : location)}: {(keyword.Length == 0 ? "false" : keyword)} {message}");
        }

        var failing = (node.Details ?? []).Where(d => !d.IsValid).ToList();
        var branches = failing.Where(IsBranch).ToList();
        var closest = branches.MinBy(b => (IsOtherJsonType(b), CountErrors(b)));
        foreach (var child in failing.Where(d => !IsBranch(d) || d == closest))
        {
            Collect(child, errors);
        }
    }

    private static bool IsBranch(EvaluationResults node) =>
        node.EvaluationPath.ToString().Split('/') is [.., "anyOf" or "oneOf", _];

    private static bool IsOtherJsonType(EvaluationResults branch) => branch.Errors?.ContainsKey("type") == true;

    private static int CountErrors(EvaluationResults node) =>
        (node.Errors?.Count ?? 0) + (node.Details ?? []).Where(d => !d.IsValid).Sum(CountErrors);
}
