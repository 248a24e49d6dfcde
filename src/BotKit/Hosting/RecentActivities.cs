using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using BotKit.Schema;

namespace BotKit.Hosting;

/// <summary>
/// The activities a bot has recently started, bounded in age and in number so a busy bot's memory stays flat.
/// A turn's invoke response (if any) is kept with it, so a redelivered invoke can get the same answer. Turns of one
/// conversation never overlap (the adapter's gate), so a redelivery only ever meets an entry whose turn has ended.
/// An activity is remembered by a 128-bit hash of its key, in maps and a queue that hold no references. An entry
/// lives seconds to minutes: long enough for the collector to move it to its oldest generation. Kept as a string and
/// an object each, a busy bot's ten thousand keys would be copied there and then freed, lengthening every
/// collection's pause. Two activities meeting in one hash is far less likely than any other way a message is lost.
/// </summary>
internal sealed class RecentActivities(TimeProvider clock, TimeSpan window, int capacity)
{
    // Per process, so nobody can choose ids that collide with another conversation's.
    private static readonly long Seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));

    private readonly Dictionary<UInt128, Entry> _entries = new();
    private readonly Queue<Entry> _oldestFirst = new();

    // Only invokes have responses, and few turns are invokes.
    private readonly Dictionary<long, Activity> _invokeResponses = new();
    private readonly Lock _lock = new();
    private long _lastTurn;

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

    /// <summary>The key of an activity (its channel, conversation and id), as this instance remembers it.</summary>
    public static UInt128 KeyOf(string channelId, string conversationId, string activityId)
    {
        var length = 3 * sizeof(int) + sizeof(char) * (channelId.Length + conversationId.Length + activityId.Length);
        byte[]? rented = null;
        var buffer = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var written = 0;
        Append(buffer, ref written, channelId);
        Append(buffer, ref written, conversationId);
        Append(buffer, ref written, activityId);
        var key = XxHash128.HashToUInt128(buffer[..written], Seed);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return key;

        // Each part with its length, so that parts cannot trade characters and still hash alike.
        static void Append(Span<byte> buffer, ref int written, string part)
        {
            BinaryPrimitives.WriteInt32LittleEndian(buffer[written..], part.Length);
            written += sizeof(int);
            MemoryMarshal.AsBytes(part.AsSpan()).CopyTo(buffer[written..]);
            written += sizeof(char) * part.Length;
        }
    }

    /// <summary>Records <paramref name="key"/> as started; false (with the earlier entry) when it was seen within the window.</summary>
    public bool TryStart(UInt128 key, out Entry entry)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow().UtcTicks;
            EvictExpired(now);
            if (_entries.TryGetValue(key, out entry))
            {
                return false;
            }

            entry = new Entry(key, ++_lastTurn, now);
            _entries[key] = entry;
            _oldestFirst.Enqueue(entry);
            while (_entries.Count > capacity && _oldestFirst.TryDequeue(out var oldest))
            {
                Remove(oldest);
            }

            return true;
        }
    }

    /// <summary>The invoke response the entry's turn answered with; null when it had none (or has not finished).</summary>
    public Activity? InvokeResponseOf(Entry entry)
    {
        lock (_lock)
        {
            return _invokeResponses.GetValueOrDefault(entry.Turn);
        }
    }

    /// <summary>Keeps the finished turn's invoke response for a redelivery of it, while the turn is remembered.</summary>
    public void Finish(Entry entry, Activity? invokeResponse)
    {
        if (invokeResponse is null)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(entry.Key, out var current) && current.Turn == entry.Turn)
            {
                _invokeResponses[entry.Turn] = invokeResponse;
            }
        }
    }

    /// <summary>Forgets a turn that failed, so a genuine retry of it runs again.</summary>
    public void Forget(Entry entry)
    {
        lock (_lock)
        {
            Remove(entry);
        }
    }

    private void EvictExpired(long now)
    {
        var windowTicks = window.Ticks;
        while (_oldestFirst.TryPeek(out var oldest) && now - oldest.StartedAtTicks >= windowTicks)
        {
            _oldestFirst.Dequeue();
            Remove(oldest);
        }
    }

    // A forgotten key may have been started again; only the turn the queue holds may be removed.
    private void Remove(Entry entry)
    {
        if (_entries.TryGetValue(entry.Key, out var current) && current.Turn == entry.Turn)
        {
            _entries.Remove(entry.Key);
        }

        _invokeResponses.Remove(entry.Turn);
    }

    /// <summary>One started turn: which activity, the how-manieth turn this instance started, and when.</summary>
    public readonly record struct Entry(UInt128 Key, long Turn, long StartedAtTicks);
}
