using System.Text.Json;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>
/// Typed reads from dialog state dictionaries (WaterfallStepContext.Values, DialogInstance.State). A value is the
/// object that was stored during the current turn, or a JsonElement once the state went through storage; these
/// helpers read both the same way.
/// </summary>
public static class StateDictionaryExtensions
{
    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>; default when absent or of another shape.</summary>
    public static T? Get<T>(this IDictionary<string, object?> values, string key) =>
        values.TryGet<T>(key, out var value) ? value : default;

    public static bool TryGet<T>(this IDictionary<string, object?> values, string key, out T? value)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.TryGetValue(key, out var raw) && raw is not null && raw is not JsonElement { ValueKind: JsonValueKind.Null })
        {
            value = BotJson.Convert<T>(raw);
            return value is not null;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// For BotKit's own bookkeeping shapes: converts a stored JsonElement back into <typeparamref name="T"/> and keeps
    /// the typed object in the dictionary, so changes made to it during the turn are saved with the turn.
    /// </summary>
    internal static T GetOrCreate<T>(this IDictionary<string, object?> values, string key, Func<T> create)
        where T : class
    {
        if (values.TryGetValue(key, out var raw) && raw is T typed)
        {
            return typed;
        }

        var value = raw is null ? create() : BotJson.Convert<T>(raw) ?? create();
        values[key] = value;
        return value;
    }
}
