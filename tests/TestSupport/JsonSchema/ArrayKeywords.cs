using System.Text.Json;

namespace TestSupport.JsonSchema;

/// <summary>items (one schema, or a tuple with additionalItems), min/maxItems, uniqueItems.</summary>
internal sealed partial class SchemaEvaluator
{
    private void EvaluateArray(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var length = instance.GetArrayLength();
        if (schema.TryGetProperty("items", out var items))
        {
            if (items.ValueKind == JsonValueKind.Array)
            {
                EvaluateTuple(schema, items, instance, path, errors);
            }
            else
            {
                for (var i = 0; i < length; i++)
                {
                    Evaluate(items, instance[i], JsonPointer.Append(path, i), errors);
                }
            }
        }

        if (schema.TryGetProperty("minItems", out var min) && length < min.GetInt32())
        {
            Fail(errors, path, "minItems", $"{length} items, at least {min.GetInt32()} required");
        }

        if (schema.TryGetProperty("maxItems", out var max) && length > max.GetInt32())
        {
            Fail(errors, path, "maxItems", $"{length} items, at most {max.GetInt32()} allowed");
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            EvaluateUniqueness(instance, path, errors);
        }
    }

    private void EvaluateTuple(JsonElement schema, JsonElement items, JsonElement instance, string path, List<string> errors)
    {
        var positional = items.GetArrayLength();
        var hasAdditional = schema.TryGetProperty("additionalItems", out var additional);
        for (var i = 0; i < instance.GetArrayLength(); i++)
        {
            var itemPath = JsonPointer.Append(path, i);
            if (i < positional)
            {
                Evaluate(items[i], instance[i], itemPath, errors);
            }
            else if (hasAdditional)
            {
                Evaluate(additional, instance[i], itemPath, errors);
            }
        }
    }

    private static void EvaluateUniqueness(JsonElement instance, string path, List<string> errors)
    {
        var length = instance.GetArrayLength();
        for (var i = 0; i < length; i++)
        {
            for (var j = i + 1; j < length; j++)
            {
                if (JsonElement.DeepEquals(instance[i], instance[j]))
                {
                    Fail(errors, JsonPointer.Append(path, j), "uniqueItems", $"duplicates item {i} ({Describe(instance[j])})");
                }
            }
        }
    }
}
