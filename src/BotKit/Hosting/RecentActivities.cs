using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// The activities a bot has recently started, bounded in age and in number so a busy bot's memory stays flat.
/// Each entry keeps the turn's invoke response (if any), so a redelivered invoke can get the same answer. Turns of one
/// conversation never overlap (the adapter's gate), so a redelivery only ever meets an entry whose turn has ended.
/// </summary>
internal sealed class RecentActivities(TimeProvider clock, TimeSpan window, int capacity)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, Entry Entry)> _oldestFirst = new();
    private readonly Lock _lock = new();

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

    /// <summary>Records <paramref name="key"/> as started; false (with the earlier entry) when it was seen within the window.</summary>
    public bool TryStart(string key, out Entry earlier)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            EvictExpired(now);
            if (_entries.TryGetValue(key, out var existing))
            {
                earlier = existing;
                return false;
            }

            earlier = new Entry(now);
            _entries[key] = earlier;
            _oldestFirst.Enqueue((key, earlier));
            while (_entries.Count > capacity && _oldestFirst.TryDequeue(out var oldest))
            {
                Remove(oldest.Key, oldest.Entry);
            }

            return true;
        }
    }

    /// <summary>Forgets a turn that failed, so a genuine retry of it runs again.</summary>
    public void Forget(string key, Entry entry)
    {
        lock (_lock)
        {
            Remove(key, entry);
        }

    }

    private void EvictExpired(DateTimeOffset now)
    {
        while (_oldestFirst.TryPeek(out var oldest) && now - oldest.Entry.StartedAt >= window)
        {
            _oldestFirst.Dequeue();
            Remove(oldest.Key, oldest.Entry);
        }
    }

    // A forgotten key may have been started again; only the entry the queue holds may be removed.
    private void Remove(string key, Entry entry)
    {
        if (_entries.TryGetValue(key, out var current) && ReferenceEquals(current, entry))
        {
            _entries.Remove(key);
        }
    }

    public sealed class Entry(DateTimeOffset startedAt)
    {
        public DateTimeOffset StartedAt { get; } = startedAt;

        /// <summary>The first turn's invoke response activity; null when it had none.</summary>
        public Activity? InvokeResponse { get; private set; }

        public void Finish(Activity? invokeResponse) => InvokeResponse = invokeResponse;
    }
}
