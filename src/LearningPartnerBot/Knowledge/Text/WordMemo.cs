using System.Collections.Concurrent;

namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// What reading one word gives (its stems, its language evidence, the knowledge-base terms it may mean), kept by the
/// word as typed. Partners' questions are new sentences, but they are made of the same few thousand words, so nearly
/// every word of a new question has been read before and costs one lookup, without allocating. Bounded by two
/// generations: when the newer is full it becomes the older and the oldest is dropped, so memory stays flat whatever
/// partners type, and reads take no lock.
/// A word is kept from the second time it is read, not the first. Most words read only once are typos, casings and
/// pasted ids; kept, they would fill a generation every second or so on a busy bot and live just long enough for the
/// collector to carry them into its oldest generation, which lengthens its pauses (docs/performance.md). Read and
/// dropped, they die young, where collecting them costs nothing.
/// </summary>
internal sealed class WordMemo<T>(Func<string, T> read, int capacityPerGeneration = WordMemo<T>.DefaultCapacityPerGeneration)
{
    public const int DefaultCapacityPerGeneration = 4_096;

    /// <summary>Longer runs are pasted data, not words; reading them is not worth keeping.</summary>
    private const int MaxWordLength = 64;

    /// <summary>Enough that a word asked for again within seconds on a busy bot is still remembered as seen.</summary>
    private const int SeenOnceSlots = 1 << 14;

    private readonly Lock _rotation = new();

    // Hashes of words read once and not kept, one per slot: no references, so the collector never looks inside.
    // Two words sharing a slot only cost a word one more reading before it is kept.
    private readonly int[] _seenOnce = new int[SeenOnceSlots];
    private Generation _newer = new();
    private Generation _older = new();

    public T Get(ReadOnlySpan<char> word)
    {
        var newer = _newer;
        if (newer.Lookup.TryGetValue(word, out var value))
        {
            return value;
        }

        // A word the older generation knows moves to the newer under the key already made for it: reading a known
        // word again allocates only its place in the newer map, not a copy of the word.
        if (_older.Lookup.TryGetValue(word, out var known, out value!))
        {
            Add(newer, known, value);
            return value;
        }

        var key = word.ToString();
        value = read(key);
        if (key.Length <= MaxWordLength && SeenBefore(word))
        {
            Add(newer, key, value);
        }

        return value;
    }

    /// <summary>Whether the word was read before (and forgotten); if not, remembers that it now was.</summary>
    private bool SeenBefore(ReadOnlySpan<char> word)
    {
        // Randomized per process, so nobody can choose words that keep pushing each other out of their slots.
        var hash = string.GetHashCode(word, StringComparison.Ordinal);
        ref var slot = ref _seenOnce[hash & (SeenOnceSlots - 1)];
        if (Volatile.Read(ref slot) == hash)
        {
            return true;
        }

        Volatile.Write(ref slot, hash);
        return false;
    }

    private void Add(Generation newer, string key, T value)
    {
        // Counted here rather than asked of the map: a concurrent map counts by taking every one of its locks, and a
        // new question adds a word or two each time. A word two threads read at once is kept once and counted once.
        if (newer.Map.TryAdd(key, value) && Interlocked.Increment(ref newer.Count) >= capacityPerGeneration)
        {
            lock (_rotation)
            {
                if (ReferenceEquals(newer, _newer))
                {
                    _older = newer;
                    _newer = new();
                }
            }
        }
    }

    private sealed class Generation
    {
        public Generation() => Lookup = Map.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>How many words <see cref="Map"/> holds.</summary>
        public int Count;

        public ConcurrentDictionary<string, T> Map { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
