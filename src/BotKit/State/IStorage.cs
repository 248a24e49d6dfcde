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
