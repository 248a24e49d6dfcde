using System.Text.RegularExpressions;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// The "Q." prefix of FAQ headings: Q in English, V (vraag) in Dutch, S (soru) in Turkish, with a dot or colon.
/// </summary>
internal static partial class QuestionMarker
{
    public static bool StartsWithMarker(string heading) => Marker().IsMatch(heading);

    public static string Strip(string heading) => Marker().Replace(heading, string.Empty, 1).Trim();

    [GeneratedRegex(@"^\s*[QVS]\s*[.:](?:\s+|$)")]
    private static partial Regex Marker();
}
