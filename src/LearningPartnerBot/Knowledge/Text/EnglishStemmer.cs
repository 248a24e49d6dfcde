namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Porter2 (Snowball "english"), written from the published algorithm description and kept conservative:
/// steps 1a–3 and 5 as described, but step 4 only removes -ance, -ence, -able, -ible, -ment, -ement and -ism.
/// The endings it leaves (-al, -er, -ic, -ive, -ous, -ent, -ant, -ate, -iti, -ion) would merge words a partner
/// keeps apart ("partner"/"part", "general"/"gener-ate"). Input: lower-case ASCII letters.
/// </summary>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> WholeWordExceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    private static readonly HashSet<string> KeptAfterStep1A = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
        SortedLongestFirst([
            ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
            ("izer", "ize"), ("ization", "ize"), ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
            ("alism", "al"), ("aliti", "al"), ("alli", "al"), ("fulness", "ful"), ("ousli", "ous"),
            ("ousness", "ous"), ("iveness", "ive"), ("iviti", "ive"), ("biliti", "ble"), ("bli", "ble"),
            ("ogi", "og"), ("fulli", "ful"), ("lessli", "less"), ("li", ""),
        ]);

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
        SortedLongestFirst([
            ("tional", "tion"), ("ational", "ate"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
            ("ical", "ic"), ("ful", ""), ("ness", ""), ("ative", ""),
        ]);

    private static readonly string[] Step4Suffixes = ["ement", "ment", "ance", "ence", "able", "ible", "ism"];

    public static string Stem(string word)
    {
        if (word.Length <= 2)
            return word;
        if (WholeWordExceptions.TryGetValue(word, out var exception))
            return exception;

        var w = MarkConsonantY(word);
        var prefixRegion = PrefixRegion1(w);
        var r1 = prefixRegion >= 0 ? prefixRegion : RegionStart(w, 0);
        var r2 = RegionStart(w, r1);

        w = Step1A(w);
        if (KeptAfterStep1A.Contains(w))
            return w;
        w = Step1B(w, r1);
        w = Step1C(w);
        w = ApplyRule(w, Step2Rules, r1, r2);
        w = ApplyRule(w, Step3Rules, r1, r2);
        w = Step4(w, r2);
        w = Step5(w, r1, r2);
        return w.Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A y that starts the word or follows a vowel acts as a consonant; Y keeps it out of IsVowel.</summary>
    private static string MarkConsonantY(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1])))
                chars[i] = 'Y';
        }

        return new string(chars);
    }

    /// <summary>Porter2's fixed R1 for words whose regular R1 would split a common prefix.</summary>
    private static int PrefixRegion1(string w)
    {
        foreach (var prefix in (string[])["gener", "commun", "arsen"])
        {
            if (w.StartsWith(prefix, StringComparison.Ordinal))
                return prefix.Length;
        }

        return -1;
    }

    /// <summary>Index after the first non-vowel that follows a vowel at or after <paramref name="from"/>.</summary>
    private static int RegionStart(string w, int from)
    {
        for (var i = from + 1; i < w.Length; i++)
        {
            if (IsVowel(w[i - 1]) && !IsVowel(w[i]))
                return i + 1;
        }

        return w.Length;
    }

    private static string Step1A(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
            return w[..^2];
        if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
            return w.Length > 4 ? w[..^2] : w[..^1];
        if (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal))
            return w;
        if (w.EndsWith('s') && w.Length >= 3 && w[..^2].Any(IsVowel))
            return w[..^1];
        return w;
    }

    private static string Step1B(string w, int r1)
    {
        foreach (var suffix in (string[])["eedly", "ingly", "edly", "eed", "ing", "ed"])
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal))
                continue;
            var stem = w[..^suffix.Length];
            if (suffix.StartsWith("eed", StringComparison.Ordinal))
                return stem.Length >= r1 ? stem + "ee" : w;
            if (!stem.Any(IsVowel))
                return w;
            if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal)
                || stem.EndsWith("iz", StringComparison.Ordinal))
                return stem + "e";
            if (EndsWithDouble(stem))
                return stem[..^1];
            return r1 >= stem.Length && EndsWithShortSyllable(stem) ? stem + "e" : stem;
        }

        return w;
    }

    private static string Step1C(string w) =>
        w.Length > 2 && (w[^1] == 'y' || w[^1] == 'Y') && !IsVowel(w[^2]) ? w[..^1] + "i" : w;

    private static string ApplyRule(string w, (string Suffix, string Replacement)[] rules, int r1, int r2)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (!w.EndsWith(suffix, StringComparison.Ordinal))
                continue;
            var start = w.Length - suffix.Length;
            var allowed = start >= r1 && suffix switch
            {
                "ogi" => start > 0 && w[start - 1] == 'l',
                "li" => start > 0 && "cdeghkmnrt".Contains(w[start - 1], StringComparison.Ordinal),
                "ative" => start >= r2,
                _ => true,
            };
            return allowed ? w[..start] + replacement : w;
        }

        return w;
    }

    private static string Step4(string w, int r2)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal))
                return w.Length - suffix.Length >= r2 ? w[..^suffix.Length] : w;
        }

        return w;
    }

    private static string Step5(string w, int r1, int r2)
    {
        var start = w.Length - 1;
        if (w[^1] == 'e' && (start >= r2 || (start >= r1 && !EndsWithShortSyllable(w[..^1]))))
            return w[..^1];
        if (w[^1] == 'l' && start >= r2 && w.Length > 1 && w[^2] == 'l')
            return w[..^1];
        return w;
    }

    private static bool EndsWithDouble(string w) =>
        w.Length >= 2 && w[^1] == w[^2] && "bdfgmnprt".Contains(w[^1], StringComparison.Ordinal);

    private static bool EndsWithShortSyllable(string w)
    {
        if (w.Length == 2)
            return IsVowel(w[0]) && !IsVowel(w[1]);
        return w.Length >= 3 && !IsVowel(w[^3]) && IsVowel(w[^2]) && !IsVowel(w[^1])
            && w[^1] is not ('w' or 'x' or 'Y');
    }

    private static (string Suffix, string Replacement)[] SortedLongestFirst((string, string)[] rules) =>
        [.. rules.OrderByDescending(rule => rule.Item1.Length)];
}
