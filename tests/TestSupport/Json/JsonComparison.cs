using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TestSupport.Json;

/// <summary>
/// Compares two JSON trees by meaning, not by text: object member order is ignored, numbers compare by value,
/// and two date-time strings are equal when they name the same instant with the same UTC offset
/// ("+00:00" and "Z" are the same offset; a local "+03:00" must stay "+03:00").
/// </summary>
public static partial class JsonComparison
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeText();

    /// <summary>Messages show values as written (no "\u002B" for "+"); they never reach a browser.</summary>
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Every difference as "{pointer}: {what}"; empty when the trees mean the same.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, string.Empty, differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        var shown = path.Length == 0 ? "(root)" : path;
        var expectedKind = expected?.GetValueKind() ?? JsonValueKind.Null;
        var actualKind = actual?.GetValueKind() ?? JsonValueKind.Null;
        if (!SameKind(expectedKind, actualKind))
        {
            differences.Add($"{shown}: expected {Show(expected)} but found {Show(actual)}");
            return;
        }

        switch (expected)
        {
            case JsonObject expectedObject:
                CompareObjects(expectedObject, actual!.AsObject(), path, differences);
                break;
            case JsonArray expectedArray:
                CompareArrays(expectedArray, actual!.AsArray(), path, differences);
                break;
            case JsonValue when !ValuesEqual(expected, actual!, expectedKind):
                differences.Add($"{shown}: expected {Show(expected)} but found {Show(actual)}");
                break;
        }
    }

    private static void CompareObjects(JsonObject expected, JsonObject actual, string path, List<string> differences)
    {
        foreach (var (name, value) in expected)
        {
            var memberPath = path + "/" + name;
            if (actual.TryGetPropertyValue(name, out var actualValue))
            {
                Compare(value, actualValue, memberPath, differences);
            }
            else
            {
                differences.Add($"{memberPath}: missing (expected {Show(value)})");
            }
        }

        foreach (var (name, value) in actual.Where(m => !expected.ContainsKey(m.Key)))
        {
            differences.Add($"{path}/{name}: unexpected {Show(value)}");
        }
    }

    private static void CompareArrays(JsonArray expected, JsonArray actual, string path, List<string> differences)
    {
        if (expected.Count != actual.Count)
        {
            differences.Add($"{(path.Length == 0 ? "(root)" : path)}: expected {expected.Count} items but found {actual.Count}");
            return;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            Compare(expected[i], actual[i], path + "/" + i.ToString(CultureInfo.InvariantCulture), differences);
        }
    }

    private static bool ValuesEqual(JsonNode expected, JsonNode actual, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => NumbersEqual(expected.ToJsonString(), actual.ToJsonString()),
        JsonValueKind.String => StringsEqual(expected.GetValue<string>(), actual.GetValue<string>()),
        _ => JsonNode.DeepEquals(expected, actual),
    };

    private static bool NumbersEqual(string expected, string actual) =>
        decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var e)
        && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            ? e == a
            : double.Parse(expected, CultureInfo.InvariantCulture) == double.Parse(actual, CultureInfo.InvariantCulture);

    private static bool StringsEqual(string expected, string actual)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }

        return DateTimeText().IsMatch(expected) && DateTimeText().IsMatch(actual)
            && DateTimeOffset.TryParse(expected, CultureInfo.InvariantCulture, DateTimeStyles.None, out var e)
            && DateTimeOffset.TryParse(actual, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
            && e.UtcTicks == a.UtcTicks && e.Offset == a.Offset;
    }

    private static bool SameKind(JsonValueKind expected, JsonValueKind actual) =>
        expected == actual || (expected is JsonValueKind.True or JsonValueKind.False && actual is JsonValueKind.True or JsonValueKind.False);

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString(Readable) ?? "null";
        return text.Length <= 80 ? text : text[..77] + "...";
    }
}
