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

    /// <summary>A cue ("^" line) counts only in a message this short: longer ones say something else too.</summary>
    private const int MaxCueMessageWords = 6;

    /// <summary>Words this long are corrected when one letter away from exactly one phrasing word ("hepl", "reqest", "directoy").</summary>
    private const int MinCorrectedLength = 4;

    /// <summary>No phrasing word is this long; a longer run is pasted data, not a mistyped word.</summary>
    private const int MaxCorrectedLength = 40;

    private readonly PhrasingVocabulary _words = new();
    private readonly List<(string Language, PhrasingPattern Pattern)> _whole = [];
    private readonly List<(string Language, PhrasingPattern Pattern)> _contained = [];
    private readonly Dictionary<string, HashSet<string>> _fillers = [];
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<(string Language, Intent Intent, HashSet<string> Words)> _cues = [];
    private readonly HashSet<string> _chatter = new(StringComparer.Ordinal);

    // What the files say about each word, by its vocabulary number; filled in once all files are read.
    private bool[] _isLiteral = [];
    private bool[] _isChatter = [];
    private int[] _fillerLanguages = [];
    private int[] _firstCue = [];
    private readonly Dictionary<string, int> _fillerBits = new(StringComparer.Ordinal);

    private AnchoredPatterns _wholeByAnchor = null!;
    private AnchoredPatterns _containedByAnchor = null!;

    /// <summary>By language and intent, its lines: whether the chat's language says what another language's line read.</summary>
    private Dictionary<(string Language, Intent Intent), (int FillerLanguages, PhrasingPattern Pattern)[]> _byLanguageAndIntent = [];

    /// <summary>The message's words and their corrected copy; matching never awaits, so one pair per thread serves every message.</summary>
    [ThreadStatic]
    private static (MessageWords Present, MessageWords Corrected)? Scratch;

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
        return Match(words.AsSpan(), chatLanguage);
    }

    /// <inheritdoc cref="Match(string, string)"/>
    public (Intent Intent, string Language)? Match(ReadOnlySpan<char> words, string chatLanguage)
    {
        // Read once: every way of reading the message below works on these words.
        var (present, corrected) = Scratch ??= (new MessageWords(), new MessageWords());
        present.Read(words, _words);
        if (MatchAny(present, corrected) is not var (intent, language))
        {
            return null;
        }

        // A phrasing several languages share ("help", "menu", "hey") says nothing about the language: the chat's decides.
        if (language == chatLanguage || MatchesIn(present, intent, chatLanguage))
        {
            return (intent, chatLanguage);
        }

        foreach (var other in Languages)
        {
            if (other != language && MatchesIn(present, intent, other))
            {
                return (intent, chatLanguage);
            }
        }

        return (intent, language);
    }

    /// <summary>The phrasing line that reads <paramref name="words"/> as an intent, for a content owner tracing a wrong reading.</summary>
    public string? Explain(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var present = new MessageWords();
        var corrected = new MessageWords();
        present.Read(words, _words);
        MessageWords[] candidates = Corrected(present, corrected) ? [present, corrected] : [present];
        foreach (var candidate in candidates)
        {
            foreach (var (language, pattern) in _whole.Concat(_contained))
            {
                if (pattern.IsMatch(candidate, 0, candidate.Count) || (pattern.IsWhole && MatchesAnyShorter(pattern, candidate, FillerBit(language))))
                {
                    var read = candidate == present ? words : string.Join(' ', Enumerable.Range(0, candidate.Count).Select(i => candidate[i].ToString()));
                    return $"{language}.txt [{IntentIds.IdOf(pattern.Intent)}] {(pattern.IsWhole ? '=' : '~')} {pattern.Source} (read as \"{read}\")";
                }
            }
        }

        return null;
    }

    private bool MatchesIn(MessageWords list, Intent intent, string language)
    {
        if (!_byLanguageAndIntent.TryGetValue((language, intent), out var lines))
        {
            return false;
        }

        foreach (var (fillerLanguages, pattern) in lines)
        {
            if (pattern.IsMatch(list, 0, list.Count) || (pattern.IsWhole && MatchesAnyShorter(pattern, list, fillerLanguages)))
            {
                return true;
            }
        }

        return false;
    }

    private (Intent Intent, string Language)? MatchAny(MessageWords present, MessageWords corrected) =>
        MatchExactly(present) ?? (Corrected(present, corrected) ? MatchExactly(corrected) ?? MatchCues(corrected) : MatchCues(present));

    /// <summary>
    /// "hello hello", "hi, anybody there?", "many many thanks!": a short message whose words are a cue of an intent ("^"
    /// lines) and otherwise only chatter or fillers. The last cue says which ("thanks, bye" is a goodbye).
    /// </summary>
    private (Intent Intent, string Language)? MatchCues(MessageWords words)
    {
        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            count += words[i].Length > 0 ? 1 : 0;
        }

        if (count == 0 || count > MaxCueMessageWords)
        {
            return null;
        }

        (Intent Intent, string Language)? last = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length == 0)
            {
                continue;
            }

            var id = words.Id(i);
            if (id < 0)
            {
                return null;
            }

            if (_firstCue[id] >= 0)
            {
                var cue = _cues[_firstCue[id]];
                last = (cue.Intent, cue.Language);
            }
            else if (!_isChatter[id] && _fillerLanguages[id] == 0)
            {
                return null;
            }
        }

        return last;
    }

    private (Intent Intent, string Language)? MatchExactly(MessageWords present)
    {
        if (present.IsEmpty)
        {
            return null;
        }

        Span<ulong> lines = stackalloc ulong[Math.Max(_wholeByAnchor.Blocks, _containedByAnchor.Blocks)];
        _wholeByAnchor.Lines(present, lines[.._wholeByAnchor.Blocks]);
        for (var block = 0; block < _wholeByAnchor.Blocks; block++)
        {
            for (var bits = lines[block]; bits != 0; bits &= bits - 1)
            {
                var (language, fillerLanguages, pattern) = _wholeByAnchor[(block << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)];
                if (pattern.CanMatch(present)
                    && ((present.Count <= pattern.MaxWords && pattern.IsMatch(present, 0, present.Count)) || MatchesAnyShorter(pattern, present, fillerLanguages)))
                {
                    return (pattern.Intent, language);
                }
            }
        }

        _containedByAnchor.Lines(present, lines[.._containedByAnchor.Blocks]);
        for (var block = 0; block < _containedByAnchor.Blocks; block++)
        {
            for (var bits = lines[block]; bits != 0; bits &= bits - 1)
            {
                var (language, _, pattern) = _containedByAnchor[(block << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)];
                if (pattern.CanMatch(present) && pattern.IsMatch(present, 0, present.Count))
                {
                    return (pattern.Intent, language);
                }
            }
        }

        return MatchWithTypo(present);
    }

    /// <summary>Whether every word of <paramref name="words"/> is a filler ("ok", "great", "graag") in the chat's or any language.</summary>
    public bool IsFiller(string words, string chatLanguage)
    {
        ArgumentNullException.ThrowIfNull(words);
        return IsFiller(words.AsSpan(), chatLanguage);
    }

    /// <inheritdoc cref="IsFiller(string, string)"/>
    public bool IsFiller(ReadOnlySpan<char> words, string chatLanguage)
    {
        var count = 0;
        var languages = ~0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.Length > 0)
            {
                count++;
                languages &= _words.IdOf(word) is var id and >= 0 ? _fillerLanguages[id] : 0;
            }
        }

        return count > 0 && languages != 0;
    }

    private int FillerBit(string language) => _fillerBits.GetValueOrDefault(language);

    /// <summary>
    /// "please cancel", "ok cancel this form please", "oké ik ben klaar": whether the line matches the message with
    /// politeness and filler words (of the line's language, <paramref name="fillerLanguages"/>) dropped at either end, in
    /// any of the ways they can be dropped ("ik" is a filler in "ik wil annuleren" but not in "ik ben klaar").
    /// </summary>
    private bool MatchesAnyShorter(PhrasingPattern pattern, MessageWords list, int fillerLanguages)
    {
        if (fillerLanguages == 0)
        {
            return false;
        }

        var count = list.Count;
        for (var start = 0; start < count; start++)
        {
            for (var end = count; end > start; end--)
            {
                if ((start > 0 || end < count) && end - start <= pattern.MaxWords && pattern.IsMatch(list, start, end))
                {
                    return true;
                }

                if (!IsFiller(list, end - 1, fillerLanguages))
                {
                    break;
                }
            }

            if (!IsFiller(list, start, fillerLanguages))
            {
                break;
            }
        }

        return false;
    }

    private bool IsFiller(MessageWords list, int i, int fillerLanguages) =>
        list.Id(i) is var id and >= 0 && (_fillerLanguages[id] & fillerLanguages) != 0;
}
