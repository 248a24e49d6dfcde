using BotKit.Dialogs.Choices;
using BotKit.Schema;

namespace BotKit.Dialogs;

/// <summary>What a prompt asks and how. Persisted with the prompt as plain JSON while it waits for an answer.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not recognized or not valid; each prompt has a localized default.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The options of a <see cref="ChoicePrompt"/>.</summary>
    public List<Choice>? Choices { get; set; }

    /// <summary>How choices are shown; null uses the prompt's own Style.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Any JSON-serializable data for the validator (e.g. allowed range). Read it with <see cref="GetValidations{T}"/>.</summary>
    public object? Validations { get; set; }

    /// <summary>
    /// BotKit extension: after this many unsuccessful answers the prompt gives up without another retry. It ends and
    /// returns null to its caller (a waterfall's next step sees <c>Result == null</c>; at the root the turn result is
    /// Complete with a null Result). Null means ask until the answer is valid, as in the SDK.
    /// </summary>
    public int? MaxAttempts { get; set; }

    /// <summary>The validations as <typeparamref name="T"/>, whether or not they have been through storage.</summary>
    public T? GetValidations<T>() => BotJson.Convert<T>(Validations);
}
