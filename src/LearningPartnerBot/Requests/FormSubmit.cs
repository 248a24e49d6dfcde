using System.Globalization;
using System.Text.Json;
using BotKit.Schema;

namespace LearningPartnerBot.Requests;

/// <summary>
/// A click on a request card: <c>value.request</c> says which form, which instance of it and what was asked
/// (submit, send, cancel, myRequests, person); the card's inputs arrive beside it as strings, as Teams sends them.
/// </summary>
public sealed record FormSubmit(string? Form, string? Instance, string Action, IReadOnlyDictionary<string, string> Values)
{
    public const string Submit = "submit";
    public const string Send = "send";
    public const string Cancel = "cancel";
    public const string MyRequests = "myRequests";
    public const string Person = "person";

    /// <summary>
    /// Longer than any field allows. A longer value is cut to one character past this rather than dropped, so its field
    /// is told it is too long (not that it is empty) and the form is not made to carry the whole of it back.
    /// </summary>
    public const int MaxValueLength = 2000;

    public static FormSubmit? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value is JsonElement value ? From(value) : null;
    }

    public static FormSubmit? From(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("request", out var request)
            || request.ValueKind != JsonValueKind.Object
            || Text(request, "action") is not { } action)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Name != "request" && Scalar(property.Value) is { } text)
            {
                values[property.Name] = text.Length > MaxValueLength ? text[..(MaxValueLength + 1)] : text;
            }
        }

        return new FormSubmit(Text(request, "form"), Text(request, "instance"), action, values);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    public string Value(string field) => Values.TryGetValue(field, out var text) ? text.Trim() : string.Empty;

    internal static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);
}
