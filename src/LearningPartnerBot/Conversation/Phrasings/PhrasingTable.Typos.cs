namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>Reading a message through a typo: words one letter away from a phrasing word, found through an index.</summary>
public sealed partial class PhrasingTable
{
    /// <summary>
    /// Each phrasing word's key, and each of it with one letter dropped, to the numbers of the phrasing words it comes
    /// from: a typo's candidates are found without comparing it to every word. The keys are hashes, so a message's word
    /// has all its keys computed in one pass over its letters; two keys sharing a hash only add a candidate that the
    /// edit test then turns down.
    /// </summary>
    private readonly Dictionary<ulong, int[]> _typoNeighbours = [];

    /// <summary>
    /// A bit for each key in <see cref="_typoNeighbours"/>, by a few bits of its hash: nearly every key of a message's
    /// word is no phrasing word's, and one bit read says so without a look-up.
    /// </summary>
    private readonly ulong[] _typoKeyBits = new ulong[1 << (TypoKeyBits - 6)];

    private const int TypoKeyBits = 17;

    /// <summary>The words of one-word "=" lines long enough to be read through a typo, in precedence order, with their line's intent and language.</summary>
    private (string Word, Intent Intent, string Language)[] _typoSingleWords = [];

    /// <summary>Odd, and large enough that the letters of a word spread over all 64 bits.</summary>
    private const ulong KeyBase = 0x100000001B3;

    private static readonly ulong[] KeyPowers = PowersOfKeyBase(MaxCorrectedLength + 1);

    /// <summary>
    /// Into <paramref name="corrected"/>, the message's words with each word that no phrasing uses, but that is one letter
    /// away from exactly one word that a phrasing uses, replaced by that word; false when nothing changed. Only
    /// recognition sees it: a question keeps its own words.
    /// </summary>
    private bool Corrected(MessageWords list, MessageWords corrected)
    {
        var changed = false;
        for (var i = 0; i < list.Count; i++)
        {
            var word = list[i];
            var id = list.Id(i);
            var only = word.Length < MinCorrectedLength || word.Length > MaxCorrectedLength || (id >= 0 && _isLiteral[id])
                ? PhrasingVocabulary.Unknown
                : OnlyNeighbour(word);
            if (only != PhrasingVocabulary.Unknown && !changed)
            {
                // The words before the first correction are copied as they are; from here on every word is.
                changed = true;
                corrected.Clear(_words);
                for (var before = 0; before < i; before++)
                {
                    corrected.Add(list[before], list.Id(before));
                }
            }

            if (only != PhrasingVocabulary.Unknown)
            {
                corrected.Add(_words[only], only);
            }
            else if (changed)
            {
                corrected.Add(word, id);
            }
        }

        return changed;
    }

    /// <summary>The number of the one phrasing word within one letter of <paramref name="word"/>, or Unknown when none or several are.</summary>
    private int OnlyNeighbour(ReadOnlySpan<char> word)
    {
        // The key of the word's first i letters, and of its letters from i on as they stand at the end of the word.
        Span<ulong> head = stackalloc ulong[MaxCorrectedLength + 1];
        Span<ulong> tail = stackalloc ulong[MaxCorrectedLength + 1];
        var length = word.Length;
        head[0] = 0;
        for (var i = 0; i < length; i++)
        {
            head[i + 1] = (head[i] * KeyBase) + word[i];
        }

        tail[length] = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            tail[i] = (word[i] * KeyPowers[length - 1 - i]) + tail[i + 1];
        }

        var only = PhrasingVocabulary.Unknown;
        var ambiguous = false;
        for (var skip = -1; skip < length; skip++)
        {
            // The word itself, then the word with each letter left out in turn.
            var key = skip < 0 ? head[length] : (head[skip] * KeyPowers[length - 1 - skip]) + tail[skip + 1];
            var bit = KeyBit(key);
            if ((_typoKeyBits[bit >> 6] & (1UL << (bit & 63))) == 0 || !_typoNeighbours.TryGetValue(key, out var neighbours))
            {
                continue;
            }

            foreach (var known in neighbours)
            {
                if (known == only || !IsWithinOne(_words[known], word))
                {
                    continue;
                }

                ambiguous |= only != PhrasingVocabulary.Unknown;
                only = known;
            }
        }

        return ambiguous ? PhrasingVocabulary.Unknown : only;
    }

    /// <summary>The key's bit in <see cref="_typoKeyBits"/>: its hash's letters mixed into the top bits, which are taken.</summary>
    private static int KeyBit(ulong key) => (int)((key * 0x9E3779B97F4A7C15) >> (64 - TypoKeyBits));

    private static ulong KeyOf(ReadOnlySpan<char> word)
    {
        var key = 0UL;
        foreach (var letter in word)
        {
            key = (key * KeyBase) + letter;
        }

        return key;
    }

    private static ulong[] PowersOfKeyBase(int count)
    {
        var powers = new ulong[count];
        powers[0] = 1;
        for (var i = 1; i < count; i++)
        {
            powers[i] = powers[i - 1] * KeyBase;
        }

        return powers;
    }

    /// <summary>The word with each one of its letters left out in turn.</summary>
    private static IEnumerable<string> OneDropped(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    private void IndexTypoNeighbours()
    {
        var neighbours = new Dictionary<ulong, List<int>>();
        foreach (var word in _vocabulary.Where(w => w.Length >= MinCorrectedLength))
        {
            foreach (var key in OneDropped(word).Prepend(word))
            {
                var hash = KeyOf(key);
                if (!neighbours.TryGetValue(hash, out var words))
                {
                    neighbours[hash] = words = [];
                }

                words.Add(_words.IdOf(word));
            }
        }

        foreach (var (key, words) in neighbours)
        {
            _typoNeighbours[key] = [.. words.Distinct()];
            var bit = KeyBit(key);
            _typoKeyBits[bit >> 6] |= 1UL << (bit & 63);
        }

        _typoSingleWords = [.. _whole.SelectMany(line => line.Pattern.SingleWords
            .Where(word => word.Length >= MinTypoLength)
            .Select(word => (word, line.Pattern.Intent, line.Language)))];
    }

    /// <summary>"cancle", "anuleren", "yardın": a one-word message one letter away from a one-word phrasing.</summary>
    private (Intent Intent, string Language)? MatchWithTypo(MessageWords present)
    {
        if (present.Count != 1 || present[0].Length < MinTypoLength)
        {
            return null;
        }

        foreach (var (word, intent, language) in _typoSingleWords)
        {
            if (IsWithinOne(word, present[0]))
            {
                return (intent, language);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the two words are the same but for one letter changed, added or dropped, or two neighbouring letters
    /// swapped: the test the FAQ's spelling reading uses, on a message's word read in place.
    /// </summary>
    private static bool IsWithinOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a[prefix..];
        var restB = b[prefix..];
        if (restA.Length == restB.Length)
        {
            return restA[1..].SequenceEqual(restB[1..])
                || (restA.Length >= 2 && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..].SequenceEqual(restB[2..]));
        }

        return restA.Length > restB.Length ? restA[1..].SequenceEqual(restB) : restB[1..].SequenceEqual(restA);
    }
}
