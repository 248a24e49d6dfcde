using BotKit.State;

namespace TestSupport.State;

/// <summary>Passes every call through and counts the reads and writes, to prove when state is (not) read or saved.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage
{
    private int _reads;
    private int _writes;

    public int Reads => Volatile.Read(ref _reads);

    public int Writes => Volatile.Read(ref _writes);

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _writes);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);
}
