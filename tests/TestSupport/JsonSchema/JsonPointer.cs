using System.Globalization;
using System.Text.Json;

namespace TestSupport.JsonSchema;

/// <summary>RFC 6901 pointers: building instance paths for messages and resolving local "$ref"s.</summary>
internal static class JsonPointer
{
    public static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Append(string path, string token) => path + "/" + Escape(token);

    public static string Append(string path, int index) => path + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The root has the empty pointer, which would read as nothing in a message.</summary>
    public static string Display(string path) => path.Length == 0 ? "(root)" : path;

    /// <summary>Resolves "#" or "#/a/b" (URI-fragment encoded) inside <paramref name="root"/>; null when absent or not local.</summary>
    public static JsonElement? Resolve(JsonElement root, string reference)
    {
        if (!reference.StartsWith('#'))
        {
            return null;
        }

        var fragment = Uri.UnescapeDataString(reference[1..]);
        if (fragment.Length == 0)
        {
            return root;
        }

        if (fragment[0] != '/')
        {
            return null;
        }

        var current = root;
        foreach (var raw in fragment[1..].Split('/'))
        {
            var token = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(token, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array
                && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }
}
