namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Splits text into words. A word is a run of letters and digits that may be joined by hyphens (its segments:
/// "kpi-dashboard" → [kpi, dashboard]) and may contain apostrophes, which are normalized to ' and left for
/// <see cref="Apostrophes"/> to resolve per language. Every other character separates words.
/// </summary>
internal static class Tokenizer
{
    public const char Apostrophe = '\'';

    public static List<List<string>> Words(string text)
    {
        var words = new List<List<string>>();
        var segments = new List<string>();
        var segment = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsApostrophe(c))
            {
                // Checked first: U+02BC (ʼ) is a letter to Unicode, but Turkish keyboards type it as an apostrophe.
                if (segment.Length > 0 && NextIsWordChar(text, i))
                    segment.Append(Apostrophe);
                else
                    EndWord(words, segments, segment);
            }
            else if (IsWordChar(c))
            {
                segment.Append(c);
            }
            else if (segment.Length > 0 && IsHyphen(c) && NextIsWordChar(text, i))
            {
                segments.Add(segment.ToString());
                segment.Clear();
            }
            else if (c != SoftHyphen)
            {
                // A soft hyphen is an invisible line-break hint inside a word; everything else ends the word.
                EndWord(words, segments, segment);
            }
        }

        EndWord(words, segments, segment);
        return words;
    }

    /// <summary>
    /// Where <paramref name="text"/> splits for certain: at characters that are never part of a word (not a letter,
    /// digit, mark, apostrophe or hyphen). The words of each piece are exactly the words <see cref="Words"/> finds
    /// there in the whole text, so a piece can be read once and its reading reused in any sentence.
    /// </summary>
    public static PieceEnumerator Pieces(ReadOnlySpan<char> text) => new(text);

    public static bool IsApostrophe(char c) =>
        c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' or '\u2032';

    private const char SoftHyphen = '\u00AD';

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsWordChar(char c) =>
        (char.IsLetterOrDigit(c) || TextFolding.IsCombiningMark(c)) && !IsApostrophe(c);

    private static bool NextIsWordChar(string text, int i) => i + 1 < text.Length && IsWordChar(text[i + 1]);

    private static bool CanBeInWord(char c) => IsWordChar(c) || IsApostrophe(c) || IsHyphen(c) || c == SoftHyphen;

    public ref struct PieceEnumerator(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _end;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly PieceEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var start = _end;
            while (start < _text.Length && !CanBeInWord(_text[start]))
            {
                start++;
            }

            if (start == _text.Length)
            {
                return false;
            }

            var end = start;
            while (end < _text.Length && CanBeInWord(_text[end]))
            {
                end++;
            }

            Current = _text[start..end];
            _end = end;
            return true;
        }
    }

    private static void EndWord(List<List<string>> words, List<string> segments, System.Text.StringBuilder segment)
    {
        if (segment.Length > 0)
            segments.Add(segment.ToString());
        segment.Clear();
        if (segments.Count == 0)
            return;
        words.Add([.. segments]);
        segments.Clear();
    }
}
