using System.Text.RegularExpressions;
using LearningPartnerBot.Eligibility.Data;

namespace LearningPartnerBot.Conversation.Phrasings;

/// <summary>
/// The values a phrasing's <c>{slot}</c> stands for, in all three languages, folded as messages are. Turkish adds case
/// endings to a word ("gold'a", "altına"), so the Turkish words also match as the start of a word.
/// </summary>
internal static class PhrasingSlots
{
    public static IReadOnlyList<(EnrollmentLevel Level, string[] Words)> Levels { get; } =
    [
        (EnrollmentLevel.ActionPack, ["learning action pack", "action pack", "actionpack", "lap", "ogrenme eylem paket*", "eylem paket*", "action packi", "action packe"]),
        (EnrollmentLevel.Silver, ["silver*", "zilver*", "gumus*", "silwer"]),
        (EnrollmentLevel.Gold, ["gold*", "goud*", "altin", "altina", "altinda", "altini", "altin*"]),
    ];

    private static readonly string[] Kpi = ["kpi*", "kip*", "kpis"];

    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["level"] = Alternation(Levels.SelectMany(l => l.Words)),
        ["kpi"] = Alternation(Kpi),
        ["month"] = Alternation(MonthWords()),
        ["year"] = "(?:19|20)[0-9]{2}",
    };

    /// <summary>The regular expression for <paramref name="name"/> (without braces), or an error for an unknown slot.</summary>
    public static string Pattern(string name) =>
        ByName.TryGetValue(name, out var pattern) ? pattern : throw new FormatException($"Unknown slot {{{name}}} in a phrasing.");

    /// <summary>One word or phrase of a slot or pattern as a regular expression: a trailing * matches the rest of the word.</summary>
    public static string Word(string word) =>
        word.EndsWith('*') ? Regex.Escape(word[..^1]) + "[^ ]*" : Regex.Escape(word);

    private static string Alternation(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Word)) + ")";

    private static IEnumerable<string> MonthWords() =>
    [
        "january", "februari", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "januari", "maart", "mei", "juni", "juli", "augustus", "oktober",
        "ocak*", "subat*", "mart*", "nisan*", "mayis*", "haziran*", "temmuz*", "agustos*", "eylul*", "ekim*", "kasim*", "aralik*",
        "jan", "feb", "mrt", "apr", "aug", "sep", "sept", "oct", "okt", "nov", "dec",
    ];
}
