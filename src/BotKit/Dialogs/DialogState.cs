using System.Text.Json.Serialization;

namespace BotKit.Dialogs;

/// <summary>
/// The persisted dialog stack, top first. Stored as plain JSON ({"dialogStack":[{"id","state"}]}) with no .NET type
/// names, so renaming a class never breaks a conversation that is already in storage.
/// </summary>
public sealed class DialogState
{
    public DialogState()
    {
    }

    public DialogState(List<DialogInstance> stack) => DialogStack = stack ?? [];

    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>One running dialog: which dialog it is and the data it keeps between turns.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// The dialog's own data. Values set during a turn keep their .NET type until the turn ends; after a save/load they
    /// come back as JsonElement, so read them with <see cref="StateDictionaryExtensions.Get{T}"/>.
    /// </summary>
    [JsonConverter(typeof(InstanceStateConverter))]
    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
