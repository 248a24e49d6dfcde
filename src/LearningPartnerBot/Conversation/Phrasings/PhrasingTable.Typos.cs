using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>Reading a message through a typo: words one letter away from a phrasing word, found through an index.</summary>
public sealed partial class PhrasingTable
{
    /// <summary>
    /// The message's words with each word that no phrasing uses, but that is one letter away from exactly one word that a
    /// phrasing uses, replaced by that word; null when nothing changed. Only recognition sees it: a question keeps its own words.
    /// </summary>
    private string[]? Corrected(string[] list)
    {
        string[]? corrected = null;
        Span<char> dropped = stackalloc char[MaxCorrectedLength];
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i].Length < MinCorrectedLength || list[i].Length > MaxCorrectedLength || _vocabulary.Contains(list[i]))
            {
                continue;
            }

            string? only = null;
            var ambiguous = false;
            var word = list[i];
            for (var skip = -1; skip < word.Length; skip++)
            {
                // The word itself, then the word with each letter left out in turn, as keys of the neighbour index.
                var key = skip < 0 ? word.AsSpan() : Dropped(word, skip, dropped);
                if (!_typoNeighbourLookup.TryGetValue(key, out var neighbours))
                {
                    continue;
                }

                foreach (var known in neighbours)
                {
                    if (known == only || !EditDistance.IsWithinOne(known, word))
                    {
                        continue;
                    }

                    ambiguous |= only is not null;
                    only = known;
                }
            }

            only = ambiguous ? null : only;
            if (only is not null)
            {
                // A copy: the message's own words are still read as they were typed (which language said it).
                (corrected ??= (string[])list.Clone())[i] = only;
            }
        }

        return corrected;
    }

    private static ReadOnlySpan<char> Dropped(string word, int skip, Span<char> buffer)
    {
        word.AsSpan(0, skip).CopyTo(buffer);
        word.AsSpan(skip + 1).CopyTo(buffer[skip..]);
        return buffer[..(word.Length - 1)];
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
        foreach (var word in _vocabulary.Where(w => w.Length >= MinCorrectedLength))
        {
            foreach (var key in OneDropped(word).Prepend(word))
            {
                if (!_typoNeighbours.TryGetValue(key, out var words))
                {
                    _typoNeighbours[key] = words = [];
                }

                words.Add(word);
            }
        }

        _typoNeighbourLookup = _typoNeighbours.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>"cancle", "anuleren", "yardın": a one-word message one letter away from a one-word phrasing.</summary>
    private (Intent Intent, string Language)? MatchWithTypo(string[] present)
    {
        if (present is not [{ Length: >= MinTypoLength } words])
        {
            return null;
        }

        foreach (var (language, pattern) in _whole)
        {
            if (pattern.SingleWords.Any(word => word.Length >= MinTypoLength && EditDistance.IsWithinOne(word, words)))
            {
                return (pattern.Intent, language);
            }
        }

        return null;
    }
}
