using System.Collections.Concurrent;

namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// What reading one word gives (its stems, its language evidence, the knowledge-base terms it may mean), kept by the
/// word as typed. Partners' questions are new sentences, but they are made of the same few thousand words, so nearly
/// every word of a new question has been read before and costs one lookup, without allocating. Bounded by two
/// generations: when the newer is full it becomes the older and the oldest is dropped, so memory stays flat whatever
/// partners type, and reads take no lock.
/// </summary>
internal sealed class WordMemo<T>(Func<string, T> read, int capacityPerGeneration = WordMemo<T>.DefaultCapacityPerGeneration)
{
    public const int DefaultCapacityPerGeneration = 4_096;

    /// <summary>Longer runs are pasted data, not words; reading them is not worth keeping.</summary>
    private const int MaxWordLength = 64;

    private readonly Lock _rotation = new();
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
        if (key.Length <= MaxWordLength)
        {
            Add(newer, key, value);
        }

        return value;
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
