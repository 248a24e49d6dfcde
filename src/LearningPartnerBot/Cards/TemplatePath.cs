using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Cards;

/// <summary>
/// Evaluates a data path such as <c>journeys.faq.title</c>, <c>items[0].name</c>, <c>$root.title</c> or <c>$index</c>.
/// A path that leads nowhere yields an undefined element; a path that is not a path at all is a template bug and throws.
/// </summary>
internal sealed partial class TemplatePath
{
    private readonly string _head;
    private readonly List<(string? Name, int Index)> _steps;

    private TemplatePath(string head, List<(string? Name, int Index)> steps)
    {
        _head = head;
        _steps = steps;
    }

    /// <summary>Parses a path of a template once, when the template is loaded.</summary>
    /// <exception cref="FormatException">Not a path this templating supports: a bug in the template.</exception>
    public static TemplatePath Parse(string expression)
    {
        var path = PathSyntax().Match(expression.Trim());
        if (!path.Success)
        {
            throw new FormatException($"'{expression}' is not a data path this card templating supports.");
        }

        var steps = new List<(string?, int)>();
        foreach (Match step in PathStep().Matches(path.Groups["rest"].Value))
        {
            steps.Add(step.Groups["name"].Success
                ? (step.Groups["name"].Value, 0)
                : (null, int.Parse(step.Groups["index"].Value, CultureInfo.InvariantCulture)));
        }

        return new TemplatePath(path.Groups["head"].Value, steps);
    }

    public JsonElement Evaluate(TemplateScope scope)
    {
        var current = _head switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index is { } index ? JsonSerializer.SerializeToElement(index) : default,
            _ => Property(scope.Data, _head),
        };

        foreach (var (name, index) in _steps)
        {
            current = name is not null ? Property(current, name) : Item(current, index);
        }

        return current;
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static JsonElement Item(JsonElement element, int index) =>
        element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength() ? element[index] : default;

    [GeneratedRegex(@"^(?<head>\$?[A-Za-z_][A-Za-z0-9_]*)(?<rest>(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*)$")]
    private static partial Regex PathSyntax();

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>[0-9]+)\]")]
    private static partial Regex PathStep();
}
