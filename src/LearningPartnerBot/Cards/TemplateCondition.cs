using System.Text.Json;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Cards;

/// <summary>
/// The <c>$when</c> expressions our cards use: <c>path</c>, <c>!path</c>, <c>path == 'x'</c> and <c>path != 'x'</c>
/// (the right side may also be a number, true, false or null).
/// </summary>
internal sealed partial class TemplateCondition
{
    private readonly TemplatePath? _path;
    private readonly bool _negated;
    private readonly JsonElement? _literal;
    private readonly bool? _constant;

    private TemplateCondition(TemplatePath? path, bool negated, JsonElement? literal, bool? constant = null)
    {
        _path = path;
        _negated = negated;
        _literal = literal;
        _constant = constant;
    }

    /// <summary>Parses a template's <c>$when</c> once, when the template is loaded.</summary>
    public static TemplateCondition Compile(JsonElement condition) => condition.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => new TemplateCondition(path: null, negated: false, literal: null, constant: condition.GetBoolean()),
        JsonValueKind.String => Compile(condition.GetString()!),
        _ => throw new FormatException($"$when must be a boolean or an expression string, not {condition.GetRawText()}."),
    };

    public bool IsTrue(TemplateScope scope)
    {
        if (_constant is { } constant)
        {
            return constant;
        }

        var value = _path!.Evaluate(scope);
        var holds = _literal is { } literal ? AreEqual(value, literal) : IsTruthy(value);
        return holds != _negated;
    }

    private static TemplateCondition Compile(string text)
    {
        var expression = Unwrap(text);
        var comparison = Comparison().Match(expression);
        if (comparison.Success)
        {
            return new TemplateCondition(TemplatePath.Parse(comparison.Groups["path"].Value), negated: comparison.Groups["op"].Value == "!=", ParseLiteral(comparison.Groups["literal"].Value));
        }

        return expression.StartsWith('!')
            ? new TemplateCondition(TemplatePath.Parse(expression[1..]), negated: true, literal: null)
            : new TemplateCondition(TemplatePath.Parse(expression), negated: false, literal: null);
    }

    private static string Unwrap(string expression)
    {
        var trimmed = expression.Trim();
        return trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}') ? trimmed[2..^1].Trim() : trimmed;
    }

    private static JsonElement ParseLiteral(string literal)
    {
        if (literal.Length >= 2 && literal[0] == '\'' && literal[^1] == '\'')
        {
            return JsonSerializer.SerializeToElement(literal[1..^1]);
        }

        try
        {
            // Double-quoted strings, numbers, true, false and null are already JSON.
            using var document = JsonDocument.Parse(literal);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new FormatException($"'{literal}' is not a literal this card templating supports.", ex);
        }
    }

    /// <summary>A value that is not there equals null, as a missing property reads as null.</summary>
    private static bool AreEqual(JsonElement value, JsonElement literal) =>
        value.ValueKind == JsonValueKind.Undefined
            ? literal.ValueKind == JsonValueKind.Null
            : JsonElement.DeepEquals(value, literal);

    /// <summary>Missing, null, false, "" and 0 are false; anything else (including objects and arrays) is true.</summary>
    private static bool IsTruthy(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.String => value.GetString()!.Length > 0,
        JsonValueKind.Number => value.GetDouble() != 0,
        _ => true,
    };

    [GeneratedRegex(@"^(?<path>[^=!]+?)\s*(?<op>==|!=)\s*(?<literal>.+?)$")]
    private static partial Regex Comparison();
}
