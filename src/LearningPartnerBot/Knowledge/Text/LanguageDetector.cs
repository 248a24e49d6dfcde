namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Guesses whether a question is English, Dutch or Turkish from evidence a short chat message carries: function
/// words, letters only one language uses (ş ğ ı İ; ë ï), Turkish endings, Dutch "ij", English "th". Works on
/// all-caps and on Turkish typed without Turkish letters. Deterministic: the same text always gets the same guess.
/// </summary>
public static class LanguageDetector
{
    /// <summary>About one distinctive function word; a lone keyword or product name stays below it.</summary>
    private const double MinimumEvidence = 1.5;

    /// <summary>The winner must hold most of the evidence; "Is KPI" (en or nl) stays undecided.</summary>
    private const double MinimumShare = 0.6;

    /// <summary>Evidence enough for full confidence; a question has it after three or four telling words.</summary>
    private const double ConvincingEvidence = 4.5;

    /// <summary>The evidence of each piece of text; the same words recur in every new question.</summary>
    private static readonly WordMemo<Evidence> PieceEvidence = new(ReadPiece);

    public static LanguageGuess Detect(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return LanguageGuess.Unknown;

        var evidence = LetterEvidence(text);

        // Lower case maps one character to one, so each piece is lowered on its own, on the stack: a question is
        // read without a lower-cased copy of it.
        Span<char> lowered = stackalloc char[MaxStackPiece];
        foreach (var piece in Tokenizer.Pieces(text))
            evidence += PieceEvidence.Get(piece.Length <= MaxStackPiece ? Lower(piece, lowered) : TextFolding.InvariantLower(piece.ToString()));

        var total = evidence.En + evidence.Nl + evidence.Tr;
        var (language, best) = evidence.Strongest();
        if (best < MinimumEvidence || best / total < MinimumShare)
            return LanguageGuess.Unknown;
        var confidence = best / total * Math.Min(1.0, best / ConvincingEvidence);
        return new LanguageGuess(language, Math.Round(confidence, 3));
    }

    private const int MaxStackPiece = 128;

    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> piece, Span<char> buffer) =>
        buffer[..TextFolding.InvariantLower(piece, buffer)];

    private static Evidence ReadPiece(string piece)
    {
        var scores = new LanguageScores();
        foreach (var word in Tokenizer.Words(piece))
        {
            foreach (var segment in word)
                ScoreSegment(segment, scores);
        }

        return new Evidence(scores.En, scores.Nl, scores.Tr);
    }

    private static void ScoreSegment(string segment, LanguageScores scores)
    {
        var apostrophe = segment.IndexOf(Tokenizer.Apostrophe, StringComparison.Ordinal);
        var head = TextFolding.AsciiFold(apostrophe < 0 ? segment : segment[..apostrophe]);
        // A lone letter ("a", "i", "u", "o") is a word in every language here, and in lists ("a b c") none.
        if (head.Length < 2 || LanguageMarkers.ProductNames.Contains(head))
            head = string.Empty;
        LanguageMarkers.ScoreWord(head, scores);
        if (apostrophe >= 0)
            LanguageMarkers.ScoreApostropheEnding(TextFolding.AsciiFold(segment[(apostrophe + 1)..]), scores);
    }

    /// <summary>Letters of one language's alphabet; capped so a pasted paragraph cannot outweigh everything.</summary>
    private static Evidence LetterEvidence(string text)
    {
        double turkish = 0, dutch = 0;
        foreach (var c in text)
        {
            turkish += c switch
            {
                'ş' or 'Ş' or 'ğ' or 'Ğ' or 'ı' or 'İ' => 1.5,
                'ç' or 'Ç' or 'â' or 'î' or 'û' => 1.0,
                'ö' or 'Ö' or 'ü' or 'Ü' => 0.75,
                _ => 0,
            };
            dutch += c is 'ë' or 'ï' or 'ĳ' ? 1.5 : 0;
        }

        return new Evidence(0, Math.Min(dutch, 3), Math.Min(turkish, 6));
    }

    /// <summary>How strongly a text points at each language.</summary>
    private readonly record struct Evidence(double En, double Nl, double Tr)
    {
        public static Evidence operator +(Evidence a, Evidence b) => new(a.En + b.En, a.Nl + b.Nl, a.Tr + b.Tr);

        /// <summary>The language with the most evidence; on a tie the first of en, nl, tr.</summary>
        public (string Language, double Score) Strongest() =>
            En >= Nl && En >= Tr ? ("en", En) : Nl >= Tr ? ("nl", Nl) : ("tr", Tr);
    }
}
