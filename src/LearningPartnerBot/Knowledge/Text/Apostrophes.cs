namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// What follows an apostrophe is grammar, not meaning: a Turkish case ending on a proper noun ("Teams'te"),
/// a Dutch plural ("KPI's") or an English possessive or contraction ("partner's", "we're").
/// </summary>
internal static class Apostrophes
{
    public static string Cut(string segment, string language)
    {
        var at = segment.IndexOf(Tokenizer.Apostrophe, StringComparison.Ordinal);
        if (at < 0)
            return segment;

        var head = segment[..at];
        // English negations keep their "t" so "don't" becomes "dont" (a stop word) and not the verb "do";
        // the rest of the segment (a second apostrophe in "shouldn't've") is dropped like any other tail.
        var tail = segment[(at + 1)..];
        var isNegation = language == "en" && head.EndsWith('n')
            && (tail == "t" || tail.StartsWith("t'", StringComparison.Ordinal));
        return isNegation ? head + "t" : head;
    }
}
