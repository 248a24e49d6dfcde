using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Cards;

/// <summary>A template string split once into its literal text and its <c>${path}</c> bindings.</summary>
internal sealed partial class TemplateString
{
    /// <summary>Keyed by the templates' own strings, never by data, so bounded.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplateString> Parsed = new(StringComparer.Ordinal);

    private static readonly TemplateString Literal = new(null, []);

    private readonly List<(string Literal, string? Binding)> _parts;

    private TemplateString(string? wholePath, List<(string Literal, string? Binding)> parts)
    {
        WholePath = wholePath;
        _parts = parts;
    }

    /// <summary>The path when the string is nothing but one binding, which then takes the bound value's own JSON type.</summary>
    public string? WholePath { get; }

    public static TemplateString Of(string text) =>
        // Most of a card is literal text; only a string with a binding needs parsing.
        text.Contains("${", StringComparison.Ordinal) ? Parsed.GetOrAdd(text, Parse) : Literal;

    /// <summary>Whether the string has no binding at all.</summary>
    public bool IsLiteral => WholePath is null && _parts.Count == 0;

    /// <summary>Writes the bound string; returns it when it was written as a string.</summary>
    public string? Write(Utf8JsonWriter writer, TemplateScope scope)
    {
        if (WholePath is { } path)
        {
            // A string that is only a binding takes the bound value's own JSON type (number, bool, array…).
            var value = TemplatePath.Evaluate(path, scope);
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
            replaced.Append(binding is null ? literal : Stringify(TemplatePath.Evaluate(binding, scope)));
        }

        return replaced.ToString();
    }

    private static TemplateString Parse(string text)
    {
        var whole = WholeBinding().Match(text);
        if (whole.Success)
        {
            return new TemplateString(whole.Groups["path"].Value, []);
        }

        var parts = new List<(string, string?)>();
        var at = 0;
        foreach (Match match in Binding().Matches(text))
        {
            parts.Add((text[at..match.Index], null));
            parts.Add((string.Empty, match.Groups["path"].Value));
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
