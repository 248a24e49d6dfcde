using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TestSupport.JsonSchema;

/// <summary>type, enum, const, and the string and number keywords.</summary>
internal sealed partial class SchemaEvaluator
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339DateTime();

    private static void EvaluateType(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return;
        }

        var allowed = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).ToList()
            : [type.GetString()!];
        if (!allowed.Any(t => HasType(instance, t)))
        {
            Fail(errors, path, "type", $"expected {string.Join(" or ", allowed)} but found {TypeName(instance)}");
        }
    }

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "integer" => instance.ValueKind == JsonValueKind.Number && IsInteger(instance),
        "number" => instance.ValueKind == JsonValueKind.Number,
        _ => TypeName(instance) == type,
    };

    private static bool IsInteger(JsonElement number) =>
        number.TryGetDecimal(out var exact) ? decimal.Truncate(exact) == exact : Math.Floor(number.GetDouble()) == number.GetDouble();

    private static string TypeName(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };

    private static void EvaluateEnumAndConst(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, instance)))
        {
            Fail(errors, path, "enum", $"value {Describe(instance)} is not one of {Describe(options)}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            Fail(errors, path, "const", $"value {Describe(instance)} must equal {Describe(constant)}");
        }
    }

    private void EvaluateString(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var text = instance.GetString()!;

        // JSON Schema counts characters as code points, so a surrogate pair is one.
        var length = text.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            Fail(errors, path, "minLength", $"length {length} is below {min.GetInt32()}");
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            Fail(errors, path, "maxLength", $"length {length} is above {max.GetInt32()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !validator.Pattern(pattern.GetString()!).IsMatch(text))
        {
            Fail(errors, path, "pattern", $"{Describe(instance)} does not match {pattern.GetString()}");
        }

        if (schema.TryGetProperty("format", out var format) && format.GetString() == "date-time" && !IsDateTime(text))
        {
            Fail(errors, path, "format", $"{Describe(instance)} is not an RFC 3339 date-time");
        }
    }

    private static bool IsDateTime(string text) =>
        Rfc3339DateTime().IsMatch(text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static void EvaluateNumber(JsonElement schema, JsonElement instance, string path, List<string> errors)
    {
        var value = instance.GetDouble();
        var exclusiveMinimumFlag = schema.TryGetProperty("exclusiveMinimum", out var exMin) && exMin.ValueKind == JsonValueKind.True;
        var exclusiveMaximumFlag = schema.TryGetProperty("exclusiveMaximum", out var exMax) && exMax.ValueKind == JsonValueKind.True;

        // Draft-04 writes exclusiveMinimum/Maximum as booleans that modify minimum/maximum; draft-06+ as numbers.
        if (schema.TryGetProperty("minimum", out var minimum)
            && (exclusiveMinimumFlag ? value <= minimum.GetDouble() : value < minimum.GetDouble()))
        {
            Fail(errors, path, "minimum", $"{Describe(instance)} is below {(exclusiveMinimumFlag ? "or equal to " : "")}{minimum.GetRawText()}");
        }

        if (schema.TryGetProperty("maximum", out var maximum)
            && (exclusiveMaximumFlag ? value >= maximum.GetDouble() : value > maximum.GetDouble()))
        {
            Fail(errors, path, "maximum", $"{Describe(instance)} is above {(exclusiveMaximumFlag ? "or equal to " : "")}{maximum.GetRawText()}");
        }

        if (exMin.ValueKind == JsonValueKind.Number && value <= exMin.GetDouble())
        {
            Fail(errors, path, "exclusiveMinimum", $"{Describe(instance)} must be above {exMin.GetRawText()}");
        }

        if (exMax.ValueKind == JsonValueKind.Number && value >= exMax.GetDouble())
        {
            Fail(errors, path, "exclusiveMaximum", $"{Describe(instance)} must be below {exMax.GetRawText()}");
        }

        if (schema.TryGetProperty("multipleOf", out var divisor)
            && instance.TryGetDecimal(out var exact) && divisor.TryGetDecimal(out var exactDivisor) && exact % exactDivisor != 0)
        {
            Fail(errors, path, "multipleOf", $"{Describe(instance)} is not a multiple of {divisor.GetRawText()}");
        }
    }
}
