using System.Reflection;
using LearningPartnerBot.Knowledge.Search;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// How partners say each thing the bot acts on, in English, Dutch and Turkish, read from kb/intents/*.txt (shipped inside
/// the assembly). Whole-message phrasings are tried before phrasings found inside a longer message, and within each kind
/// the intents keep the order of <see cref="Precedence"/>, so "cancel my request" cancels rather than lists requests.
/// </summary>
public sealed class PhrasingTable
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

    private PhrasingTable()
    {
    }

    /// <summary>The table shipped with the bot.</summary>
    public static PhrasingTable Shipped { get; } = LoadShipped();

    public static PhrasingTable Parse(IReadOnlyDictionary<string, string> fileByLanguage)
    {
        ArgumentNullException.ThrowIfNull(fileByLanguage);
        var table = new PhrasingTable();
        foreach (var (language, text) in fileByLanguage)
        {
            table.Add(language, text);
        }

        var rank = Precedence.Select((intent, index) => (intent, index)).ToDictionary(p => p.intent, p => p.index);
        table._whole.Sort((a, b) => rank[a.Pattern.Intent].CompareTo(rank[b.Pattern.Intent]));
        table._contained.Sort((a, b) => rank[a.Pattern.Intent].CompareTo(rank[b.Pattern.Intent]));
        return table;
    }

    /// <summary>
    /// The intent the folded message <paramref name="words"/> states, and the language of the phrasing that matched:
    /// <paramref name="chatLanguage"/> when its own phrasings say the same ("menu", "stop" and "hey" are in several).
    /// </summary>
    public (Intent Intent, string Language)? Match(string words, string chatLanguage)
    {
        if (MatchAny(words) is not var (intent, language))
        {
            return null;
        }

        // A phrasing several languages share ("help", "menu", "hey") says nothing about the language: the chat's decides.
        if (language == chatLanguage || MatchesIn(words, intent, chatLanguage))
        {
            return (intent, chatLanguage);
        }

        return Languages.Any(other => other != language && MatchesIn(words, intent, other)) ? (intent, chatLanguage) : (intent, language);
    }

    private bool MatchesIn(string words, Intent intent, string language)
    {
        var spaced = " " + words;
        return _whole.Concat(_contained).Any(p => p.Language == language && p.Pattern.Intent == intent
            && (p.Pattern.Regex.IsMatch(spaced) || (p.Pattern.IsWhole && p.Pattern.Regex.IsMatch(" " + WithoutFillers(words, language)))));
    }

    private (Intent Intent, string Language)? MatchAny(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Length == 0)
        {
            return null;
        }

        var spacedWhole = " " + words;
        foreach (var (language, pattern) in _whole)
        {
            if (pattern.Regex.IsMatch(spacedWhole) || pattern.Regex.IsMatch(" " + WithoutFillers(words, language)))
            {
                return (pattern.Intent, language);
            }
        }

        foreach (var (language, pattern) in _contained)
        {
            if (pattern.Regex.IsMatch(spacedWhole))
            {
                return (pattern.Intent, language);
            }
        }

        return MatchWithTypo(words);
    }

    /// <summary>"cancle", "anuleren", "yardın": a one-word message one letter away from a one-word phrasing.</summary>
    private (Intent Intent, string Language)? MatchWithTypo(string words)
    {
        if (words.Length < MinTypoLength || words.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (language, pattern) in _whole)
        {
            if (pattern.SingleWord is { Length: >= MinTypoLength } word && EditDistance.IsWithinOne(word, words))
            {
                return (pattern.Intent, language);
            }
        }

        return null;
    }

    /// <summary>"please cancel", "cancel this form please": politeness and filler words at either end do not change a command.</summary>
    private string WithoutFillers(string words, string language)
    {
        if (!_fillers.TryGetValue(language, out var fillers))
        {
            return words;
        }

        var list = words.Split(' ');
        int start = 0, end = list.Length;
        while (start < end - 1 && fillers.Contains(list[start]))
        {
            start++;
        }

        while (end - 1 > start && fillers.Contains(list[end - 1]))
        {
            end--;
        }

        return start == 0 && end == list.Length ? words : string.Join(' ', list[start..end]);
    }

    private void Add(string language, string text)
    {
        Intent? intent = null;
        var isFiller = false;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            try
            {
                if (line.StartsWith('[') && line.EndsWith(']'))
                {
                    var name = line[1..^1].Trim();
                    isFiller = name == "filler";
                    intent = isFiller ? null : IntentIds.Parse(name) ?? throw new FormatException($"Unknown intent [{name}].");
                    continue;
                }

                if (line.Length < 2 || line[0] is not ('=' or '~'))
                {
                    throw new FormatException("A line starts with '=' (whole message) or '~' (part of the message).");
                }

                var body = line[1..].Trim();
                if (isFiller)
                {
                    _fillers[language] = [.. body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Words)];
                    continue;
                }

                var pattern = PhrasingPattern.Compile(intent ?? throw new FormatException("A phrasing comes before any [intent]."), line[0] == '=', body);
                (pattern.IsWhole ? _whole : _contained).Add((language, pattern));
            }
            catch (FormatException e)
            {
                throw new FormatException($"kb/intents/{language}.txt line {lineNumber}: {e.Message}", e);
            }
        }
    }

    private static PhrasingTable LoadShipped()
    {
        var assembly = typeof(PhrasingTable).Assembly;
        return Parse(Languages.ToDictionary(language => language, language => Read(assembly, $"intents.{language}.txt")));
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The phrasing file {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
