using System.Text.Json.Nodes;

namespace BotKit.State;

/// <summary>
/// Keyed JSON documents with optimistic concurrency. Every stored document has an ETag that changes on each write.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the documents that exist; missing keys are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes all changes or none. Per item: ETag "*" overwrites unconditionally; null creates and conflicts
    /// if the key exists; any other value must equal the stored ETag. A mismatch throws <see cref="EtagConflictException"/>.
    /// Returns the new ETag of each key.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}

/// <summary>A stored JSON document and the version it was read at (or is expected to be at when written).</summary>
public sealed record StoreItem(JsonObject Document, string? ETag = null)
{
    public const string AnyETag = "*";
}

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
