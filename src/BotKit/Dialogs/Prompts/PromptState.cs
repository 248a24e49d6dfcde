namespace BotKit.Dialogs;

/// <summary>Reads what a running prompt keeps in its instance state, for a parent that needs to know what is being asked.</summary>
public static class PromptState
{
    internal const string OptionsKey = "options";

    /// <summary>The options the prompt in <paramref name="instance"/> was started with, or null when it is not a prompt.</summary>
    public static PromptOptions? Options(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.State.TryGetValue(OptionsKey, out var raw) && raw is not null
            ? raw as PromptOptions ?? instance.State.Get<PromptOptions>(OptionsKey)
            : null;
    }
}
