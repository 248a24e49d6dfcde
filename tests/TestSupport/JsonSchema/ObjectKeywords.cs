using System.Text.Json;

namespace TestSupport.JsonSchema;

/// <summary>properties, patternProperties, additionalProperties, required, min/maxProperties, dependencies.</summary>
internal sealed partial class SchemaEvaluator
{
    private void EvaluateObject(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasPatterns = schema.TryGetProperty("patternProperties", out var patterns);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);

        foreach (var member in instance.EnumerateObject())
        {
            var memberPath = JsonPointer.Append(path, member.Name);
            var matched = false;
            if (hasProperties && properties.TryGetProperty(member.Name, out var propertySchema))
            {
                matched = true;
                Evaluate(propertySchema, member.Value, memberPath, errors);
            }

            if (hasPatterns)
            {
                foreach (var pattern in patterns.EnumerateObject().Where(p => validator.Pattern(p.Name).IsMatch(member.Name)))
                {
                    matched = true;
                    Evaluate(pattern.Value, member.Value, memberPath, errors);
                }
            }

            if (!matched && hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    Fail(errors, memberPath, "additionalProperties", "is false: this property is not allowed");
                }
                else
                {
                    Evaluate(additional, member.Value, memberPath, errors);
                }
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !instance.TryGetProperty(n, out _)))
            {
                Fail(errors, JsonPointer.Append(path, name), "required", "property missing");
            }
        }

        EvaluatePropertyCount(schema, instance, path, errors);
        EvaluateDependencies(schema, instance, path, errors);
    }

    private static void EvaluatePropertyCount(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var count = instance.EnumerateObject().Count();
        if (schema.TryGetProperty("minProperties", out var min) && count < min.GetInt32())
        {
            Fail(errors, path, "minProperties", $"{count} properties, at least {min.GetInt32()} required");
        }

        if (schema.TryGetProperty("maxProperties", out var max) && count > max.GetInt32())
        {
            Fail(errors, path, "maxProperties", $"{count} properties, at most {max.GetInt32()} allowed");
        }
    }

    private void EvaluateDependencies(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (!schema.TryGetProperty("dependencies", out var dependencies))
        {
            return;
        }

        foreach (var dependency in dependencies.EnumerateObject().Where(d => instance.TryGetProperty(d.Name, out _)))
        {
            if (dependency.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var name in dependency.Value.EnumerateArray().Select(n => n.GetString()!).Where(n => !instance.TryGetProperty(n, out _)))
                {
                    Fail(errors, JsonPointer.Append(path, name), "dependencies", $"property missing (required when '{dependency.Name}' is present)");
                }
            }
            else
            {
                Evaluate(dependency.Value, instance, path, errors);
            }
        }
    }
}
