namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>Reading a message through a typo: words one letter away from a phrasing word, found through an index.</summary>
public sealed partial class PhrasingTable
{
    /// <summary>
    /// Each phrasing word's key, and each of it with one letter dropped, to the numbers of the phrasing words it comes
    /// from: a typo's candidates are found without comparing it to every word. A key is a hash of the word's letters
    /// whatever their order, so dropping a letter takes one subtraction; words that share a key (anagrams, or hashes
    /// that meet) only add candidates that the edit test then turns down.
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

    /// <summary>What a word's length adds to its key, so that a word and its letters with one dropped differ.</summary>
    private const ulong LengthKey = 0x9E3779B97F4A7C15;

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
        var whole = KeyOf(word);
        var only = PhrasingVocabulary.Unknown;
        var ambiguous = false;
        for (var skip = -1; skip < word.Length; skip++)
        {
            // The word itself, then the word with each letter left out in turn.
            var key = skip < 0 ? whole : whole - LetterKey(word[skip]) - LengthKey;
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
        var key = (ulong)word.Length * LengthKey;
        foreach (var letter in word)
        {
            key += LetterKey(letter);
        }

        return key;
    }

    private static ulong LetterKey(char letter) => letter < 128 ? AsciiLetterKeys.Of[letter] : MixedLetter(letter);

    /// <summary>
    /// The key of each ASCII letter; others are mixed as they come. A class of its own, so the keys exist before the
    /// shipped table (a static of this class, in another of its files) is read.
    /// </summary>
    private static class AsciiLetterKeys
    {
        public static readonly ulong[] Of = [.. Enumerable.Range(0, 128).Select(c => MixedLetter((char)c))];
    }

    /// <summary>A letter spread over 64 bits (SplitMix64's finalizer), so sums of different letters rarely meet.</summary>
    private static ulong MixedLetter(char letter)
    {
        var mixed = letter + 0x9E3779B97F4A7C15;
        mixed = (mixed ^ (mixed >> 30)) * 0xBF58476D1CE4E5B9;
        mixed = (mixed ^ (mixed >> 27)) * 0x94D049BB133111EB;
        return mixed ^ (mixed >> 31);
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
