namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// A folded message's words as the phrasing lines read them: each word where it is in a copy of the text, and its number
/// in the table's <see cref="PhrasingVocabulary"/>. Split at every single space, as <c>string.Split(' ')</c> splits, so
/// a run of spaces leaves an empty word. Each thread reuses its own lists, so reading a message allocates nothing.
/// </summary>
internal sealed class MessageWords
{
    private char[] _text = new char[256];
    private int[] _starts = new int[32];
    private int[] _lengths = new int[32];
    private int[] _ids = new int[32];
    private int _written;

    /// <summary>The vocabulary numbers of the words, as a set.</summary>
    private ulong[] _known = new ulong[32];

    public int Count { get; private set; }

    /// <summary>The letters of word <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> this[int i] => _text.AsSpan(_starts[i], _lengths[i]);

    /// <summary>The vocabulary number of word <paramref name="i"/>, or <see cref="PhrasingVocabulary.Unknown"/>.</summary>
    public int Id(int i) => _ids[i];

    /// <summary>Whether there are no words but one empty one: an empty message.</summary>
    public bool IsEmpty => Count == 1 && _lengths[0] == 0;

    /// <summary>Reads <paramref name="words"/> (folded, words separated by spaces) in place of what was read before.</summary>
    public void Read(ReadOnlySpan<char> words, PhrasingVocabulary vocabulary)
    {
        Clear(vocabulary);
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            Add(word, vocabulary.IdOf(word));
        }
    }

    /// <summary>Forgets the words, to read others numbered in <paramref name="vocabulary"/>.</summary>
    public void Clear(PhrasingVocabulary vocabulary)
    {
        Count = 0;
        _written = 0;
        var blocks = (vocabulary.Count + 63) / 64;
        if (_known.Length < blocks)
        {
            _known = new ulong[blocks];
        }
        else
        {
            _known.AsSpan(0, blocks).Clear();
        }
    }

    /// <summary>Whether one of the words has one of these vocabulary numbers.</summary>
    public bool HasAny(int[] ids)
    {
        foreach (var id in ids)
        {
            if ((_known[id >> 6] & (1UL << (id & 63))) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a word after the others, with its vocabulary number.</summary>
    public void Add(ReadOnlySpan<char> word, int id)
    {
        if (Count == _ids.Length)
        {
            Array.Resize(ref _starts, Count * 2);
            Array.Resize(ref _lengths, Count * 2);
            Array.Resize(ref _ids, Count * 2);
        }

        if (_written + word.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _written + word.Length));
        }

        word.CopyTo(_text.AsSpan(_written));
        _starts[Count] = _written;
        _lengths[Count] = word.Length;
        _ids[Count] = id;
        if (id >= 0)
        {
            _known[id >> 6] |= 1UL << (id & 63);
        }

        _written += word.Length;
        Count++;
    }

}
