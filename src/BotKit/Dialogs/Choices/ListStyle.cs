using System.Text.Json.Serialization;

namespace BotKit.Dialogs.Choices;

/// <summary>How a prompt shows its choices. Persisted by name, so reordering members never changes stored prompts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListStyle>))]
public enum ListStyle
{
    /// <summary>Only the prompt text; the user types an answer.</summary>
    None,

    /// <summary>On one line after the text: "(1) A, (2) B or (3) C".</summary>
    Inline,

    /// <summary>A numbered list under the text: "1. A".</summary>
    List,

    /// <summary>Quick-reply buttons that disappear once used.</summary>
    SuggestedAction,

    /// <summary>An Adaptive Card with the text and one button per choice (the SDK's hero-card style).</summary>
    HeroCard,
}
