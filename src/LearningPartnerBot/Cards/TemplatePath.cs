using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Cards;

/// <summary>
/// Evaluates a data path such as <c>journeys.faq.title</c>, <c>items[0].name</c>, <c>$root.title</c> or <c>$index</c>.
/// A path that leads nowhere yields an undefined element; a path that is not a path at all is a template bug and throws.
/// </summary>
internal static partial class TemplatePath
{
    public static JsonElement Evaluate(string expression, TemplateScope scope)
    {
        var path = Compiled.GetOrAdd(expression, Compile);
        var current = path.Head switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index is { } index ? JsonSerializer.SerializeToElement(index) : default,
            _ => Property(scope.Data, path.Head),
        };

        foreach (var (name, index) in path.Steps)
        {
            current = name is not null ? Property(current, name) : Item(current, index);
        }

        return current;
    }

    /// <summary>Paths parsed once: they come from the card templates, never from data, so the cache is bounded.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CompiledPath> Compiled = new(StringComparer.Ordinal);

    private static CompiledPath Compile(string expression)
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

        return new CompiledPath(path.Groups["head"].Value, steps);
    }

    private sealed record CompiledPath(string Head, List<(string? Name, int Index)> Steps);

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    private static JsonElement Item(JsonElement element, int index) =>
        element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength() ? element[index] : default;

    [GeneratedRegex(@"^(?<head>\$?[A-Za-z_][A-Za-z0-9_]*)(?<rest>(\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*)$")]
    private static partial Regex PathSyntax();

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\[(?<index>[0-9]+)\]")]
    private static partial Regex PathStep();
}
