namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// How partners say each thing the bot acts on, in English, Dutch and Turkish, read from kb/intents/*.txt (shipped inside
/// the assembly). Whole-message phrasings are tried before phrasings found inside a longer message, and within each kind
/// the intents keep the order of <see cref="Precedence"/>, so "cancel my request" cancels rather than lists requests.
/// </summary>
public sealed partial class PhrasingTable
{
    public static readonly string[] Languages = ["en", "nl", "tr"];

    /// <summary>Which intent wins when a message matches phrasings of several.</summary>
    private static readonly Intent[] Precedence =
    [
        Intent.Cancel, Intent.StartOver, Intent.TalkToPerson, Intent.Help, Intent.Capabilities, Intent.MyRequests,
        Intent.FileDiscrepancy, Intent.RequestDirectory, Intent.FileRequest, Intent.CheckEligibility, Intent.AskQuestion,
        Intent.FollowUp, Intent.Greeting, Intent.Thanks, Intent.Goodbye,
    ];

    /// <summary>Edits within one letter count only for words this long: shorter ones are too close to other words.</summary>
    private const int MinTypoLength = 5;

    private readonly List<(string Language, PhrasingPattern Pattern)> _whole = [];
    private readonly List<(string Language, PhrasingPattern Pattern)> _contained = [];
    private readonly Dictionary<string, HashSet<string>> _fillers = [];
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);

    /// <summary>Each phrasing word, and each of it with one letter dropped, to the phrasing words it comes from: finds a typo's candidates without comparing it to every word.</summary>
    private readonly Dictionary<string, List<string>> _typoNeighbours = new(StringComparer.Ordinal);
    private Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _typoNeighbourLookup;
    private AnchoredPatterns _wholeByAnchor = new([]);
    private AnchoredPatterns _containedByAnchor = new([]);
    private readonly List<(string Language, Intent Intent, HashSet<string> Words)> _cues = [];
    private readonly HashSet<string> _chatter = new(StringComparer.Ordinal);

    /// <summary>A cue ("^" line) counts only in a message this short: longer ones say something else too.</summary>
    private const int MaxCueMessageWords = 6;

    /// <summary>Words this long are corrected when one letter away from exactly one phrasing word ("hepl", "reqest", "directoy").</summary>
    private const int MinCorrectedLength = 4;

    /// <summary>No phrasing word is this long; a longer run is pasted data, not a mistyped word.</summary>
    private const int MaxCorrectedLength = 40;

    private PhrasingTable()
    {
    }

    /// <summary>The table shipped with the bot.</summary>
    public static PhrasingTable Shipped { get; } = LoadShipped();

    /// <summary>
    /// The intent the folded message <paramref name="words"/> states, and the language of the phrasing that matched:
    /// <paramref name="chatLanguage"/> when its own phrasings say the same ("menu", "stop" and "hey" are in several).
    /// </summary>
    public (Intent Intent, string Language)? Match(string words, string chatLanguage)
    {
        ArgumentNullException.ThrowIfNull(words);

        // Split once: every way of reading the message below works on this array of its words.
        var present = words.Split(' ');
        if (MatchAny(present) is not var (intent, language))
        {
            return null;
        }

        // A phrasing several languages share ("help", "menu", "hey") says nothing about the language: the chat's decides.
        if (language == chatLanguage || MatchesIn(present, intent, chatLanguage))
        {
            return (intent, chatLanguage);
        }

        return Languages.Any(other => other != language && MatchesIn(present, intent, other)) ? (intent, chatLanguage) : (intent, language);
    }

    /// <summary>The phrasing line that reads <paramref name="words"/> as an intent, for a content owner tracing a wrong reading.</summary>
    public string? Explain(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var candidates = new[] { words, Corrected(words.Split(' ')) is { } corrected ? string.Join(' ', corrected) : null }.OfType<string>();
        foreach (var candidate in candidates)
        {
            foreach (var (language, pattern) in _whole.Concat(_contained))
            {
                if (pattern.IsMatch(candidate) || (pattern.IsWhole && WithoutFillers(candidate.Split(' '), language).Any(pattern.IsMatch)))
                {
                    return $"{language}.txt [{IntentIds.IdOf(pattern.Intent)}] {(pattern.IsWhole ? '=' : '~')} {pattern.Source} (read as \"{candidate}\")";
                }
            }
        }

        return null;
    }

    private bool MatchesIn(string[] list, Intent intent, string language)
    {
        return _whole.Concat(_contained).Any(p => p.Language == language && p.Pattern.Intent == intent
            && (p.Pattern.IsMatch(list) || (p.Pattern.IsWhole && WithoutFillers(list, language).Any(p.Pattern.IsMatch))));
    }

    private (Intent Intent, string Language)? MatchAny(string[] present) =>
        MatchExactly(present) ?? (Corrected(present) is { } corrected ? MatchExactly(corrected) ?? MatchCues(corrected) : MatchCues(present));

    /// <summary>
    /// "hello hello", "hi, anybody there?", "many many thanks!": a short message whose words are a cue of an intent ("^"
    /// lines) and otherwise only chatter or fillers. The last cue says which ("thanks, bye" is a goodbye).
    /// </summary>
    private (Intent Intent, string Language)? MatchCues(string[] words)
    {
        var list = Array.IndexOf(words, string.Empty) < 0 ? words : [.. words.Where(word => word.Length > 0)];
        if (list.Length == 0 || list.Length > MaxCueMessageWords)
        {
            return null;
        }

        (Intent Intent, string Language)? last = null;
        foreach (var word in list)
        {
            if (_cues.FirstOrDefault(cue => cue.Words.Contains(word)) is { Words: not null } cue)
            {
                last = (cue.Intent, cue.Language);
            }
            else if (!_chatter.Contains(word) && !_fillers.Values.Any(fillers => fillers.Contains(word)))
            {
                return null;
            }
        }

        return last;
    }

    private (Intent Intent, string Language)? MatchExactly(string[] present)
    {
        if (present is [{ Length: 0 }])
        {
            return null;
        }

        // The candidate lines' numbers live only within this call, which never awaits: one list per thread serves them.
        var lines = Lines ??= new List<int>(64);
        Dictionary<string, string[][]>? shorter = null;
        try
        {
            _wholeByAnchor.Lines(present, lines);
            foreach (var line in lines)
            {
                var (language, pattern) = _wholeByAnchor[line];
                if ((present.Length <= pattern.MaxWords && pattern.IsMatch(present))
                    || MatchesAnyShorter(pattern, Shorter(language)))
                {
                    return (pattern.Intent, language);
                }
            }

            lines.Clear();
            _containedByAnchor.Lines(present, lines);
            foreach (var line in lines)
            {
                var (language, pattern) = _containedByAnchor[line];
                if (pattern.IsMatch(present))
                {
                    return (pattern.Intent, language);
                }
            }
        }
        finally
        {
            lines.Clear();
        }

        return MatchWithTypo(present);

        // Only lines a message's words can anchor need its shorter forms, and only in their own language.
        string[][] Shorter(string language)
        {
            shorter ??= new(StringComparer.Ordinal);
            if (!shorter.TryGetValue(language, out var variants))
            {
                shorter[language] = variants = [.. WithoutFillers(present, language)];
            }

            return variants;
        }
    }

    [ThreadStatic]
    private static List<int>? Lines;

    private static bool MatchesAnyShorter(PhrasingPattern pattern, string[][] variants)
    {
        foreach (var variant in variants)
        {
            if (variant.Length <= pattern.MaxWords && pattern.IsMatch(variant))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether every word of <paramref name="words"/> is a filler ("ok", "great", "graag") in the chat's or any language.</summary>
    public bool IsFiller(string words, string chatLanguage)
    {
        ArgumentNullException.ThrowIfNull(words);
        var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return list.Length > 0 && _fillers.Values.Any(fillers => list.All(fillers.Contains));
    }

    /// <summary>
    /// "please cancel", "ok cancel this form please", "oké ik ben klaar": the message with politeness and filler words
    /// dropped at either end, every way they can be dropped ("ik" is a filler in "ik wil annuleren" but not in "ik ben klaar").
    /// </summary>
    private IEnumerable<string[]> WithoutFillers(string[] list, string language)
    {
        if (!_fillers.TryGetValue(language, out var fillers))
        {
            yield break;
        }

        for (var start = 0; start < list.Length; start++)
        {
            for (var end = list.Length; end > start; end--)
            {
                if (start > 0 || end < list.Length)
                {
                    yield return list[start..end];
                }

                if (!fillers.Contains(list[end - 1]))
                {
                    break;
                }
            }

            if (!fillers.Contains(list[start]))
            {
                break;
            }
        }
    }
}
