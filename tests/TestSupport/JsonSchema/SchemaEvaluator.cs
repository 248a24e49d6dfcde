using System.Text.Json;

namespace TestSupport.JsonSchema;

/// <summary>
/// One validation run. Keyword groups live in the partial files next to this one; each appends readable
/// errors to the list it is given and returns whether the instance passed.
/// </summary>
internal sealed partial class SchemaEvaluator(JsonSchemaValidator validator)
{
    /// <summary>
    /// ($ref, instance path) pairs being evaluated; meeting one again means a reference loop that makes no
    /// progress through the instance, which can add no new error, so it counts as passing.
    /// </summary>
    private readonly HashSet<(string Reference, string Path)> _activeRefs = [];

    public bool Evaluate(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        switch (schema.ValueKind)
        {
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return Fail(errors, path, "false", "schema allows no value here");
            case JsonValueKind.Object:
                break;
            default:
                throw new InvalidOperationException($"A schema must be an object or a boolean, found {schema.ValueKind}.");
        }

        // Draft-04 to 07: a $ref replaces its sibling keywords.
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return EvaluateReference(reference.GetString()!, instance, path, errors);
        }

        var before = errors.Count;
        EvaluateType(schema, instance, path, errors);
        EvaluateEnumAndConst(schema, instance, path, errors);
        switch (instance.ValueKind)
        {
            case JsonValueKind.Object:
                EvaluateObject(schema, instance, path, errors);
                break;
            case JsonValueKind.Array:
                EvaluateArray(schema, instance, path, errors);
                break;
            case JsonValueKind.String:
                EvaluateString(schema, instance, path, errors);
                break;
            case JsonValueKind.Number:
                EvaluateNumber(schema, instance, path, errors);
                break;
        }

        EvaluateCombinators(schema, instance, path, errors);
        return errors.Count == before;
    }

    private bool EvaluateReference(string reference, JsonElement instance, string path, List<string> errors)
    {
        if (!_activeRefs.Add((reference, path)))
        {
            return true;
        }

        try
        {
            return Evaluate(validator.Resolve(reference), instance, path, errors);
        }
        finally
        {
            _activeRefs.Remove((reference, path));
        }
    }

    /// <summary>Evaluates a subschema into a fresh list, for keywords that pass or fail as a whole (anyOf, not, if…).</summary>
    private List<string> Trial(JsonElement schema, JsonElement instance, string path)
    {
        var trialErrors = new List<string>();
        Evaluate(schema, instance, path, trialErrors);
        return trialErrors;
    }

    private static bool Fail(List<string> errors, string path, string keyword, string detail)
    {
        errors.Add($"{JsonPointer.Display(path)}: {keyword} {detail}");
        return false;
    }

    private static string Describe(JsonElement value)
    {
        // Re-serializing drops the schema file's indentation, which would break a one-line message.
        var text = JsonSerializer.Serialize(value);
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
