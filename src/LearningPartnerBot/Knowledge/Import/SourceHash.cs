using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace LearningPartnerBot.Knowledge.Import;

/// <summary>
/// The fingerprint a curated topic keeps in source.hash: the first 12 hex digits of the SHA-256 of its source
/// sentences' English text, in id order, each with whitespace collapsed, joined by line feeds. Whitespace is
/// normalized so a re-wrapped article does not make every topic look stale.
/// </summary>
public static partial class SourceHash
{
    public const int Length = 12;

    public static string Compute(IEnumerable<string> englishSentences)
    {
        var text = string.Join('\n', englishSentences.Select(Normalize));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..Length];
    }

    public static string Normalize(string sentence) => Whitespace().Replace(sentence, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
