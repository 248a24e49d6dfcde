using System.Text.Json.Nodes;

namespace BotKit.State;

/// <summary>
/// A write-through cache in front of a store that no other process writes, such as one bot instance's SQLite file:
/// reads of a recently used key are served from memory, and every write and delete still goes to the store first, so
/// a restart loses nothing. Holds at most <c>capacity</c> keys, dropping the least recently used. Never put it in
/// front of a store that another instance writes: it would serve that instance's changes stale, and every write
/// based on them would fail its ETag check.
/// </summary>
public sealed class CachingStorage : IStorage
{
    public const int DefaultCapacity = 1_000;

    private readonly IStorage _inner;
    private readonly int _capacity;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    // Bumped by every write and delete: a read that raced one must not cache what it read before it.
    private long _changes;

    public CachingStorage(IStorage inner, int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        _capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        List<string>? missing = null;
        long changesBefore;
        lock (_lock)
        {
            changesBefore = _changes;
            foreach (var key in keys)
            {
                if (_entries.TryGetValue(key, out var node))
                {
                    Touch(node);
                    if (node.Value.Json is { } json)
                    {
                        // Parsed per read, as the store does, so callers own their copy.
                        result[key] = new StoreItem((JsonObject)JsonNode.Parse(json)!, json, node.Value.ETag);
                    }
                }
                else
                {
                    (missing ??= []).Add(key);
                }
            }
        }

        if (missing is null)
        {
            return result;
        }

        var read = await _inner.ReadAsync(missing, cancellationToken);
        lock (_lock)
        {
            var cacheable = _changes == changesBefore;
            foreach (var key in missing)
            {
                var found = read.TryGetValue(key, out var item);
                if (found)
                {
                    result[key] = item!;
                }

                if (cacheable)
                {
                    // A key the store lacks is remembered too: most turns begin a conversation that has no state yet.
                    Set(key, found ? new Entry(key, item!.ToJson(), item.ETag) : new Entry(key, null, null));
                }
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);

        // Serialized before the write, as the caller may change its documents once the write has returned.
        var written = changes.ToDictionary(c => c.Key, c => c.Value.ToJson(), StringComparer.Ordinal);
        IReadOnlyDictionary<string, string> etags;
        try
        {
            etags = await _inner.WriteAsync(changes, cancellationToken);
        }
        catch
        {
            // A conflict or a failure: what the store now holds is its business; ask it next time.
            Forget(changes.Keys);
            throw;
        }

        lock (_lock)
        {
            _changes++;
            foreach (var (key, json) in written)
            {
                Set(key, new Entry(key, json, etags[key]));
            }
        }

        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        try
        {
            await _inner.DeleteAsync(keys, cancellationToken);
        }
        finally
        {
            Forget(keys);
        }
    }

    private void Forget(IEnumerable<string> keys)
    {
        lock (_lock)
        {
            _changes++;
            foreach (var key in keys)
            {
                if (_entries.Remove(key, out var node))
                {
                    _recency.Remove(node);
                }
            }
        }
    }

    private void Set(string key, Entry entry)
    {
        if (_entries.TryGetValue(key, out var node))
        {
            node.Value = entry;
            Touch(node);
            return;
        }

        _entries[key] = _recency.AddFirst(entry);
        if (_entries.Count > _capacity)
        {
            var oldest = _recency.Last!;
            _recency.RemoveLast();
            _entries.Remove(oldest.Value.Key);
        }
    }

    private void Touch(LinkedListNode<Entry> node)
    {
        if (node != _recency.First)
        {
            _recency.Remove(node);
            _recency.AddFirst(node);
        }
    }

    /// <summary>A stored document as JSON text, or (Json null) a key the store does not have.</summary>
    private sealed record Entry(string Key, string? Json, string? ETag);
}
