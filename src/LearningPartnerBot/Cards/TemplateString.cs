using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Cards;

/// <summary>A template string split into its literal text and its <c>${path}</c> bindings, once, when the template is loaded.</summary>
internal sealed partial class TemplateString
{
    private static readonly TemplateString Literal = new(null, []);

    private readonly List<(string Literal, TemplatePath? Binding)> _parts;

    private TemplateString(TemplatePath? wholePath, List<(string Literal, TemplatePath? Binding)> parts)
    {
        WholePath = wholePath;
        _parts = parts;
    }

    /// <summary>The path when the string is nothing but one binding, which then takes the bound value's own JSON type.</summary>
    public TemplatePath? WholePath { get; }

    /// <summary>Parses a string of a template, when the template is loaded.</summary>
    public static TemplateString Of(string text) =>
        text.Contains("${", StringComparison.Ordinal) ? Parse(text) : Literal;

    /// <summary>Whether the string has no binding at all.</summary>
    public bool IsLiteral => WholePath is null && _parts.Count == 0;

    /// <summary>Writes the bound string; returns it when it was written as a string.</summary>
    public string? Write(Utf8JsonWriter writer, TemplateScope scope)
    {
        if (WholePath is { } path)
        {
            // A string that is only a binding takes the bound value's own JSON type (number, bool, array…).
            var value = path.Evaluate(scope);
            if (value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            {
                writer.WriteStringValue(string.Empty);
                return string.Empty;
            }

            value.WriteTo(writer);
            return value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        }

        var replaced = Fill(scope);
        writer.WriteStringValue(replaced);
        return replaced;
    }

    private string Fill(TemplateScope scope)
    {
        var replaced = new StringBuilder();
        foreach (var (literal, binding) in _parts)
        {
            replaced.Append(binding is null ? literal : Stringify(binding.Evaluate(scope)));
        }

        return replaced.ToString();
    }

    private static TemplateString Parse(string text)
    {
        var whole = WholeBinding().Match(text);
        if (whole.Success)
        {
            return new TemplateString(TemplatePath.Parse(whole.Groups["path"].Value), []);
        }

        var parts = new List<(string, TemplatePath?)>();
        var at = 0;
        foreach (Match match in Binding().Matches(text))
        {
            parts.Add((text[at..match.Index], null));
            parts.Add((string.Empty, TemplatePath.Parse(match.Groups["path"].Value)));
            at = match.Index + match.Length;
        }

        parts.Add((text[at..], null));
        return new TemplateString(null, parts);
    }

    private static string Stringify(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };

    [GeneratedRegex(@"^\$\{(?<path>[^}]*)\}$")]
    private static partial Regex WholeBinding();

    [GeneratedRegex(@"\$\{(?<path>[^}]*)\}")]
    private static partial Regex Binding();
}
