using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Knowledge.Search;

/// <summary>
/// The key words and endings of the out-of-scope entries in one language (<see cref="TopicText.KeyWords"/>), read as
/// search terms. A key word is read by the same analyzer as questions, so "refunds", "refunded" and "Refund" are one
/// key; a key of several words needs all of them. A key that is one sign ("%") matches wherever the sign appears: the
/// analyzer drops signs, and the article states no percentage.
/// </summary>
internal sealed class OutOfScopeKeys
{
    /// <summary>How far from the end an ending is looked for: the longest ending and its punctuation fit easily.</summary>
    private const int EndingWindow = 48;

    private readonly Dictionary<string, List<(string[] Terms, OutOfScopeKey Key)>> _byFirstTerm;
    private readonly (string Words, OutOfScopeKey Key)[] _endings;
    private readonly (char Sign, OutOfScopeKey Key)[] _signs;

    private OutOfScopeKeys(
        Dictionary<string, List<(string[] Terms, OutOfScopeKey Key)>> byFirstTerm, (string Words, OutOfScopeKey Key)[] endings, (char Sign, OutOfScopeKey Key)[] signs)
    {
        _byFirstTerm = byFirstTerm;
        _endings = endings;
        _signs = signs;
    }

    /// <param name="isAnswerable">Whether a topic the bot answers uses a search term.</param>
    /// <exception cref="KnowledgeFileException">
    /// A key that reads as nothing, or whose every word an answerable topic uses: it would either never match or
    /// make the bot refuse questions the article answers.
    /// </exception>
    public static OutOfScopeKeys Build(
        string language, IEnumerable<KnowledgeTopic> topics, Func<string, IReadOnlyList<string>> analyze, Func<string, bool> isAnswerable)
    {
        var byFirstTerm = new Dictionary<string, List<(string[] Terms, OutOfScopeKey Key)>>(StringComparer.Ordinal);
        var endings = new List<(string Words, OutOfScopeKey Key)>();
        var signs = new List<(char Sign, OutOfScopeKey Key)>();
        foreach (var topic in topics.Where(t => t.IsOutOfScope))
        {
            var text = topic.Text(language);
            var file = $"kb/topics/{topic.Id}.yaml";
            foreach (var word in text.KeyWords)
            {
                if (word.Length == 1 && !char.IsLetterOrDigit(word[0]))
                {
                    signs.Add((word[0], new OutOfScopeKey(topic.Id, word)));
                    continue;
                }

                string[] terms = [.. analyze(word).Distinct(StringComparer.Ordinal)];
                if (terms.Length == 0)
                {
                    throw new KnowledgeFileException(file, 0, $"key word '{word}' ({language}) has no search terms (only stop words?)");
                }

                if (terms.All(isAnswerable))
                {
                    throw new KnowledgeFileException(file, 0,
                        $"key word '{word}' ({language}) reads as '{string.Join(" ", terms)}', which answerable topics use, so it cannot decide a question is out of scope");
                }

                var key = new OutOfScopeKey(topic.Id, word);
                if (!byFirstTerm.TryGetValue(terms[0], out var entries))
                {
                    byFirstTerm[terms[0]] = entries = [];
                }

                entries.Add((terms, key));
            }

            foreach (var ending in text.KeyEndings)
            {
                var words = TextFolding.Words(ending);
                if (words.Length == 0 || words.Length > EndingWindow / 2)
                {
                    throw new KnowledgeFileException(file, 0, $"key ending '{ending}' ({language}) must have words, at most {EndingWindow / 2} characters");
                }

                endings.Add((words, new OutOfScopeKey(topic.Id, ending)));
            }
        }

        return new OutOfScopeKeys(byFirstTerm, [.. endings], [.. signs]);
    }

    /// <summary>The first key the question uses, or null.</summary>
    /// <param name="terms">The question's search terms.</param>
    public OutOfScopeKey? Find(List<string> terms, string question)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (_byFirstTerm.Count > 0)
        {
            foreach (var term in terms)
            {
                if (!_byFirstTerm.TryGetValue(term, out var entries))
                {
                    continue;
                }

                foreach (var (keyTerms, key) in entries)
                {
                    if (keyTerms.Length == 1 || UsesAll(terms, keyTerms))
                    {
                        return key;
                    }
                }
            }
        }

        foreach (var (sign, key) in _signs)
        {
            if (question.Contains(sign, StringComparison.Ordinal))
            {
                return key;
            }
        }

        return _endings.Length == 0 ? null : FindEnding(question);
    }

    /// <summary>Whether the question uses every term of a key of several words; a loop, so checking makes no delegate.</summary>
    private static bool UsesAll(List<string> terms, string[] keyTerms)
    {
        foreach (var keyTerm in keyTerms)
        {
            if (!terms.Contains(keyTerm))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The question's last words folded on the stack: every Turkish question is checked, so this allocates nothing.</summary>
    private OutOfScopeKey? FindEnding(string question)
    {
        Span<char> buffer = stackalloc char[TextFolding.MaxWordsLength(EndingWindow)];
        var window = question.AsSpan(Math.Max(0, question.Length - EndingWindow));
        ReadOnlySpan<char> tail = buffer[..TextFolding.Words(window, buffer)];
        foreach (var (words, key) in _endings)
        {
            if (tail.EndsWith(words, StringComparison.Ordinal) && (tail.Length == words.Length || tail[^(words.Length + 1)] == ' '))
            {
                return key;
            }
        }

        return null;
    }
}
