namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// A light Turkish stemmer after the suffix descriptions of Snowball's Turkish stemmer (noun suffix chains:
/// plural, possessive, case, copula and person endings; plus frequent verb endings), written for this bot.
/// It works on the ASCII-folded word, because partners often type Turkish without ı, ş, ğ, ö, ü, ç: folding
/// first makes "şirketimizin" and "sirketimizin" the same input, and the suffix forms below are folded too
/// (vowel harmony then has two A forms, a/e, and two I forms, i/u). Suffixes come off the end, longest
/// first and repeatedly, while a stem of at least three letters with a vowel remains.
/// Folding merges ş into s, so "gümüşü" (gümüş + ü) and "listesi" (liste + si) look alike and neither reading
/// can be told from the letters; a final s after a vowel therefore always comes off ("gumus" → "gumu"), which
/// puts both readings of every such word on one stem.
/// </summary>
internal static class TurkishStemmer
{
    private const int MinimumStemLength = 3;
    private const int MaximumSuffixes = 6;

    private enum SuffixKind { Nominal, Verbal, Passive }

    private readonly record struct Suffix(string Text, SuffixKind Kind, bool AfterVowel);

    private static readonly Suffix[] Suffixes = BuildSuffixes();

    public static string Stem(string word)
    {
        if (word.Length < MinimumStemLength)
            return word;

        var stem = word;
        var sawVerbSuffix = false;
        for (var removed = 0; removed < MaximumSuffixes; removed++)
        {
            var next = LongestRemovableSuffix(stem, sawVerbSuffix);
            if (next is not { } suffix)
                break;
            stem = stem[..^suffix.Text.Length];
            sawVerbSuffix |= suffix.Kind == SuffixKind.Verbal;
        }

        return HardenFinalConsonant(stem);
    }

    private static Suffix? LongestRemovableSuffix(string stem, bool sawVerbSuffix)
    {
        foreach (var suffix in Suffixes)
        {
            if (suffix.Kind == SuffixKind.Passive && !sawVerbSuffix)
                continue;
            if (!stem.EndsWith(suffix.Text, StringComparison.Ordinal))
                continue;
            var rest = stem.AsSpan(0, stem.Length - suffix.Text.Length);
            if (IsStem(rest) && (!suffix.AfterVowel || IsVowel(rest[^1])))
                return suffix;
        }

        return null;
    }

    private static bool IsStem(ReadOnlySpan<char> candidate) =>
        candidate.Length >= MinimumStemLength && candidate.IndexOfAny("aeiou") >= 0;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>
    /// Stems alternate their last consonant before a vowel (seçenek/seçeneği, kitap/kitabı, yurt/yurdu); the
    /// hard form is used for every word so both spellings meet. With ASCII input, ğ arrives as g.
    /// </summary>
    private static string HardenFinalConsonant(string stem)
    {
        var last = stem[^1];
        var hard = last switch
        {
            'g' when IsVowel(stem[^2]) => 'k',
            'b' => 'p',
            'd' => 't',
            _ => last,
        };
        return hard == last ? stem : stem[..^1] + hard;
    }

    private static Suffix[] BuildSuffixes()
    {
        // Templates: A = a/e, I = i/u (ı, i, u, ü after folding), D = d/t. A consonant in parentheses is a
        // buffer letter: both forms are listed, the one with the buffer only after a vowel. (I) is an optional
        // vowel; forms left without any vowel are dropped, since a lone consonant ending is too ambiguous.
        string[] nominal =
        [
            "lAr", "lArI", "(s)I", "(I)m", "(I)mIz", "(I)n", "(I)nIz", "(y)I", "(y)A", "DA", "DAn", "(n)In",
            "(y)lA", "ki", "(n)I", "(n)A", "(n)dA", "(n)dAn", "DIr", "(y)Im", "sIn", "(y)Iz", "sInIz", "lI", "sIz", "lIk",
            "lIg", "(y)DI", "(y)sA", "(y)mIs", "dIm", "dIk", "dInIz",
        ];
        string[] verbal =
        [
            "mAk", "mA", "mAz", "mAlI", "(y)Abil", "Ir", "(I)yor", "mIyor", "(y)AcAk", "(y)AcAg", "(y)Ip",
            "(y)ArAk", "DIg", "(y)In", "(y)InIz", "(y)AlIm",

            // As typed in chat: the present tense without its r ("hesaplanıyo", "sunuyo"), and with the question
            // particle written on ("değişiyomu", "değişiyormu").
            "(I)yo", "mIyo", "(I)yomu", "(I)yormu",
        ];
        var suffixes = new Dictionary<string, Suffix>(StringComparer.Ordinal);
        // Nominal first: a form that is both ("-in": genitive or imperative) must not unlock the passive.
        foreach (var (form, afterVowel) in nominal.SelectMany(Expand))
            suffixes.TryAdd(form, new Suffix(form, SuffixKind.Nominal, afterVowel));
        foreach (var (form, afterVowel) in verbal.SelectMany(Expand))
            suffixes.TryAdd(form, new Suffix(form, SuffixKind.Verbal, afterVowel));
        // The passive -Il sits between a verb root and its ending ("yap-ıl-ır"); alone it is too common an ending.
        suffixes.TryAdd("il", new Suffix("il", SuffixKind.Passive, AfterVowel: false));
        suffixes.TryAdd("ul", new Suffix("ul", SuffixKind.Passive, AfterVowel: false));
        suffixes.TryAdd("s", new Suffix("s", SuffixKind.Nominal, AfterVowel: true));
        return
        [
            .. suffixes.Values
                .OrderByDescending(suffix => suffix.Text.Length)
                .ThenBy(suffix => suffix.Text, StringComparer.Ordinal),
        ];
    }

    private static IEnumerable<(string Form, bool AfterVowel)> Expand(string template)
    {
        var optionalCount = template.Count(c => c == '(');
        foreach (var a in "ae")
        {
            foreach (var i in "iu")
            {
                foreach (var d in "dt")
                {
                    for (var mask = 0; mask < 1 << optionalCount; mask++)
                    {
                        var form = Realize(template, a, i, d, mask);
                        var startsWithBuffer = template.StartsWith('(') && template[1] is not 'I' && (mask & 1) == 1;
                        if (form.AsSpan().IndexOfAny("aeiou") >= 0)
                            yield return (form, startsWithBuffer);
                    }
                }
            }
        }
    }

    private static string Realize(string template, char a, char i, char d, int keepOptionalMask)
    {
        var builder = new System.Text.StringBuilder();
        var optionalIndex = 0;
        for (var at = 0; at < template.Length; at++)
        {
            var c = template[at];
            if (c == '(')
            {
                var keep = (keepOptionalMask >> optionalIndex++ & 1) == 1;
                if (keep)
                    builder.Append(Letter(template[at + 1], a, i, d));
                at += 2;
                continue;
            }

            builder.Append(Letter(c, a, i, d));
        }

        return builder.ToString();
    }

    private static char Letter(char c, char a, char i, char d) => c switch
    {
        'A' => a,
        'I' => i,
        'D' => d,
        _ => c,
    };
}
