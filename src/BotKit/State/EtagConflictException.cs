namespace BotKit.State;

/// <summary>A write was based on a version of the document that is no longer the stored one.</summary>
public sealed class EtagConflictException : Exception
{
    public EtagConflictException()
    {
    }

    public EtagConflictException(string message)
        : base(message)
    {
    }

    public EtagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EtagConflictException(string key, string? expected, string? actual)
        : base($"ETag conflict on '{key}': the write expected {expected ?? "no document"}, the store has {actual ?? "no document"}.")
    {
        Key = key;
    }

    public string? Key { get; }
}
