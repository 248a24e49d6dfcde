namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// Every word the phrasing files spell (the lines' words, fillers, chatter and cues), each with a number. A message's
/// words are looked up here once, and from then on compared to a line's words, and read for what the files say about
/// them, by number instead of by their letters.
/// </summary>
internal sealed class PhrasingVocabulary
{
    /// <summary>The number of a word no phrasing file spells.</summary>
    public const int Unknown = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _words = [];

    public PhrasingVocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    /// <summary>The word with this number.</summary>
    public string this[int id] => _words[id];

    /// <summary>The number of <paramref name="word"/>, given it now if it has none yet.</summary>
    public int Add(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            _ids[word] = id = _words.Count;
            _words.Add(word);
        }

        return id;
    }

    /// <summary>The number of a message's word, or <see cref="Unknown"/>.</summary>
    public int IdOf(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var id) ? id : Unknown;
}
