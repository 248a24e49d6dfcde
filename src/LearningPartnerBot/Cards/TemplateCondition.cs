using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Cards;

/// <summary>
/// The <c>$when</c> expressions our cards use: <c>path</c>, <c>!path</c>, <c>path == 'x'</c> and <c>path != 'x'</c>
/// (the right side may also be a number, true, false or null).
/// </summary>
internal static partial class TemplateCondition
{
    public static bool IsTrue(JsonNode? condition, TemplateScope scope)
    {
        if (condition is JsonValue value && value.TryGetValue<bool>(out var literal))
        {
            return literal;
        }

        if (condition is not JsonValue text || !text.TryGetValue<string>(out var expression))
        {
            throw new FormatException($"$when must be a boolean or an expression string, not {condition?.ToJsonString() ?? "null"}.");
        }

        return Evaluate(Unwrap(expression), scope);
    }

    private static bool Evaluate(string expression, TemplateScope scope)
    {
        var comparison = Comparison().Match(expression);
        if (comparison.Success)
        {
            var left = TemplatePath.Evaluate(comparison.Groups["path"].Value, scope);
            var right = ParseLiteral(comparison.Groups["literal"].Value);
            var equal = JsonNode.DeepEquals(left, right);
            return comparison.Groups["op"].Value == "==" ? equal : !equal;
        }

        return expression.StartsWith('!')
            ? !IsTruthy(TemplatePath.Evaluate(expression[1..], scope))
            : IsTruthy(TemplatePath.Evaluate(expression, scope));
    }

    private static string Unwrap(string expression)
    {
        var trimmed = expression.Trim();
        return trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}') ? trimmed[2..^1].Trim() : trimmed;
    }

    private static JsonNode? ParseLiteral(string literal)
    {
        if (literal.Length >= 2 && literal[0] == '\'' && literal[^1] == '\'')
        {
            return JsonValue.Create(literal[1..^1]);
        }

        try
        {
            // Double-quoted strings, numbers, true, false and null are already JSON.
            return JsonNode.Parse(literal);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"'{literal}' is not a literal this card templating supports.", ex);
        }
    }

    /// <summary>Missing, null, false, "" and 0 are false; anything else (including objects and arrays) is true.</summary>
    private static bool IsTruthy(JsonNode? node) => node switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length > 0,
        JsonValue v when v.TryGetValue<double>(out var d) => d != 0,
        _ => true,
    };

    [GeneratedRegex(@"^(?<path>[^=!]+?)\s*(?<op>==|!=)\s*(?<literal>.+?)$")]
    private static partial Regex Comparison();
}
