
namespace BotKit.State;

/// <summary>
/// In-process storage for tests and the console chat. Unlike the SDK's MemoryStorage it enforces ETags,
/// so tests see the same conflicts a real database would raise.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    // Stored as text so callers can never mutate what is stored through a shared node.
                    result[key] = StoreItem.FromJson(item.Json, item.ETag);
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(result);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var (key, change) in changes)
            {
                string? current = _items.TryGetValue(key, out var stored) ? stored.ETag : null;
                if (!ETagMatches(change.ETag, current))
                {
                    throw new EtagConflictException(key, change.ETag, current);
                }
            }

            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = (change.ToJson(), etag);
                result[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(result);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private static bool ETagMatches(string? expected, string? current) =>
        expected == StoreItem.AnyETag || string.Equals(expected, current, StringComparison.Ordinal);
}
