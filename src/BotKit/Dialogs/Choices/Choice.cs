using System.Text.Json.Serialization;
using BotKit.Schema;

namespace BotKit.Dialogs.Choices;

/// <summary>An option the user can pick: its value, an optional button (title/value), and other words that mean it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value) => Value = value;

    public string Value { get; set; } = string.Empty;

    /// <summary>The button shown for this choice; its title is also recognized. Defaults to an imBack of <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    public List<string>? Synonyms { get; set; }

    /// <summary>The label on the button (the action's title, else the value).</summary>
    [JsonIgnore]
    public string Title => Action?.Title ?? Value;

    public static List<Choice> FromValues(params IEnumerable<string> values) => [.. values.Select(v => new Choice(v))];
}
