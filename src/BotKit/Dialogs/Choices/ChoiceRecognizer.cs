using System.Globalization;
using System.Runtime.CompilerServices;

namespace BotKit.Dialogs.Choices;

/// <summary>
/// Matches what a user typed to one of the offered choices, in this order: the exact value, button title or synonym;
/// the choice's number ("2"); then the best partial match ("gold" for "Gold competency"). Comparison ignores case and
/// diacritics, and Turkish "ı/İ" fold to "i".
/// </summary>
public static class ChoiceRecognizer
{
    /// <summary>Shorter word fragments match too often to count as a prefix match ("a", "de", "ve").</summary>
    private const int MinPrefixLength = 3;

    /// <summary>The matched choice, or null when nothing matches or two choices match equally well.</summary>
    public static FoundChoice? Recognize(string? utterance, IReadOnlyList<Choice> choices) =>
        Recognize(utterance, choices, wholeOnly: false);

    /// <summary>
    /// The choice the whole utterance names (score 1: its value, title or a synonym, its number, or every word a
    /// prefix match of one of them), or null: what <see cref="Recognize"/> returns when it scores 1. A message that
    /// merely mentions a choice ("I have a question about gold") is not one. Cheaper, since only candidates with as
    /// many words as the utterance can score 1.
    /// </summary>
    public static FoundChoice? RecognizeWhole(string? utterance, IReadOnlyList<Choice> choices) =>
        Recognize(utterance, choices, wholeOnly: true);

    private static FoundChoice? Recognize(string? utterance, IReadOnlyList<Choice> choices, bool wholeOnly)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (wholeOnly && !MayBeWhole(utterance, choices))
        {
            return null;
        }

        var words = TextNormalizer.Tokens(utterance);
        if (words.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        // Each candidate folded once, for both the exact and the partial pass.
        var candidates = new List<Candidate>();
        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var text in CandidatesOf(choices[i]))
            {
                if (!wholeOnly || WordCount(text) == words.Length)
                {
                    candidates.Add(new Candidate(i, text, TextNormalizer.Tokens(text)));
                }
            }
        }

        var found = FindExact(words, choices, candidates) ?? FindByNumber(words, choices) ?? FindPartial(words, choices, candidates);
        return wholeOnly && found is not { Score: >= 1.0 } ? null : found;
    }

    /// <summary>
    /// Whether the utterance has a word count a whole match needs: one word (a choice's number) or as many as one of
    /// the choices' texts. Most messages have neither, and are turned away before any text is split into words.
    /// </summary>
    private static bool MayBeWhole(string? utterance, IReadOnlyList<Choice> choices)
    {
        var count = TextNormalizer.CountTokens(utterance);
        if (count <= 1)
        {
            return count == 1;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var text in CandidatesOf(choices[i]))
            {
                if (WordCount(text) == count)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A choice text's word count, kept with the text: the same few titles (a menu, a prompt's buttons) are counted
    /// for every message, and counting a title with accents folds it first.
    /// </summary>
    private static int WordCount(string text) =>
        WordCounts.GetValue(text, static t => new StrongBox<int>(TextNormalizer.CountTokens(t))).Value;

    private static readonly ConditionalWeakTable<string, StrongBox<int>> WordCounts = [];

    private readonly record struct Candidate(int Index, string Text, string[] Tokens);

    private static IEnumerable<string> CandidatesOf(Choice choice)
    {
        yield return choice.Value;
        if (choice.Action?.Title is { } title)
        {
            yield return title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static FoundChoice? FindExact(string[] words, IReadOnlyList<Choice> choices, List<Candidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Tokens.AsSpan().SequenceEqual(words))
            {
                return Found(choices[candidate.Index], candidate.Index, 1.0, candidate.Text);
            }
        }

        return null;
    }

    private static FoundChoice? FindByNumber(string[] words, IReadOnlyList<Choice> choices)
    {
        if (words.Length == 1
            && int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            return Found(choices[number - 1], number - 1, 1.0, words[0]);
        }

        return null;
    }

    private static FoundChoice? FindPartial(string[] words, IReadOnlyList<Choice> choices, List<Candidate> candidates)
    {
        FoundChoice? best = null;
        var ambiguous = false;
        foreach (var candidate in candidates)
        {
            var score = Overlap(words, candidate.Tokens);
            if (score <= 0 || (best is not null && score < best.Score))
            {
                continue;
            }

            if (best is not null && score == best.Score)
            {
                ambiguous |= best.Index != candidate.Index;
                continue;
            }

            best = Found(choices[candidate.Index], candidate.Index, score, candidate.Text);
            ambiguous = false;
        }

        return ambiguous ? null : best;
    }

    /// <summary>Shared words over all distinct words (Jaccard), so the closest and most specific choice scores highest.</summary>
    private static double Overlap(string[] said, string[] candidate)
    {
        if (candidate.Length == 0)
        {
            return 0;
        }

        var matched = candidate.Count(word => said.Any(s => WordsMatch(s, word)));
        return matched == 0 ? 0 : (double)matched / (candidate.Length + said.Length - matched);
    }

    /// <summary>Equal words, or one a prefix of the other ("compet" / "competency"; Turkish suffixes as in "altını").</summary>
    private static bool WordsMatch(string said, string word) =>
        said == word
        || (Math.Min(said.Length, word.Length) >= MinPrefixLength
            && (said.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(said, StringComparison.Ordinal)));

    private static FoundChoice Found(Choice choice, int index, double score, string synonym) =>
        new() { Value = choice.Value, Index = index, Score = score, Synonym = synonym };
}
