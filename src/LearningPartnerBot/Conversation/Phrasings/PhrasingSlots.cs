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

    /// <summary>The phrases <paramref name="name"/> (without braces) stands for, each as its words, or an error for an unknown slot.</summary>
    public static IReadOnlyList<PhrasingWord[]> Phrases(string name) =>
        PhrasesByName.TryGetValue(name, out var phrases) ? phrases : throw new FormatException($"Unknown slot {{{name}}} in a phrasing.");

    private static readonly Dictionary<string, IReadOnlyList<PhrasingWord[]>> PhrasesByName = new(StringComparer.Ordinal)
    {
        ["level"] = PhrasesOf(Levels.SelectMany(l => l.Words)),
        ["kpi"] = PhrasesOf(Kpi),
        ["month"] = PhrasesOf(MonthWords()),
        ["year"] = [[PhrasingWord.Year]],
    };

    private static List<PhrasingWord[]> PhrasesOf(IEnumerable<string> phrases) =>
        [.. phrases.Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PhrasingWord.Of).ToArray())];

    private static IEnumerable<string> MonthWords() =>
    [
        "january", "februari", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "januari", "maart", "mei", "juni", "juli", "augustus", "oktober",
        "ocak*", "subat*", "mart*", "nisan*", "mayis*", "haziran*", "temmuz*", "agustos*", "eylul*", "ekim*", "kasim*", "aralik*",
        "jan", "feb", "mrt", "apr", "aug", "sep", "sept", "oct", "okt", "nov", "dec",
    ];
}
