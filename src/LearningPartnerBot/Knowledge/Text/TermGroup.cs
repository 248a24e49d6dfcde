namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// One word after stemming. A compound ("kpi-dashboard", "leeroptie") has parts besides its whole form; search
/// emits both, so the joined spelling, the hyphenated one and the separate words all meet.
/// </summary>
internal sealed record TermGroup(string Whole, IReadOnlyList<string> Parts)
{
    public static TermGroup Single(string term) => new(term, [term]);

    public bool IsSplit => Parts.Count != 1 || Parts[0] != Whole;
}
