using System.Text;

namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// The original Snowball "dutch" stemmer (Porter's algorithm for Dutch, named dutch_porter since Snowball 3.0;
/// not the newer Kraaij-Pohlmann-based "dutch"), written from its published description. One addition before
/// step 1: "-ies" in R1 becomes "-ie", because the original leaves "opties" and "competenties" unstemmed while
/// their singulars stay "optie" and "competentie", which would keep the most common domain plurals apart.
/// Input: lower-case ASCII letters (accents are already folded, which the algorithm's first step would do).
/// </summary>
internal static class DutchStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2)
            return word;

        var w = new StringBuilder(MarkConsonantYAndI(word));
        var r1 = Math.Max(3, RegionStart(w, 0));
        var r2 = RegionStart(w, RegionStart(w, 0));

        if (EndsWith(w, "ies") && w.Length - 3 >= r1)
            w.Length -= 1;
        Step1(w, r1);
        var removedE = Step2(w, r1);
        Step3A(w, r1, r2);
        Step3B(w, r1, r2, removedE);
        Step4(w);
        return w.ToString().Replace('I', 'i').Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Initial y, y after a vowel, and i between vowels act as consonants (upper case marks them).</summary>
    private static string MarkConsonantYAndI(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1])))
                chars[i] = 'Y';
            else if (chars[i] == 'i' && i > 0 && i + 1 < chars.Length && IsVowel(chars[i - 1]) && IsVowel(chars[i + 1]))
                chars[i] = 'I';
        }

        return new string(chars);
    }

    private static int RegionStart(StringBuilder w, int from)
    {
        for (var i = from + 1; i < w.Length; i++)
        {
            if (IsVowel(w[i - 1]) && !IsVowel(w[i]))
                return i + 1;
        }

        return w.Length;
    }

    private static void Step1(StringBuilder w, int r1)
    {
        if (EndsWith(w, "heden"))
        {
            if (w.Length - 5 >= r1)
                Replace(w, 5, "heid");
        }
        else if (EndsWith(w, "ene") || EndsWith(w, "en"))
        {
            RemoveEnEnding(w, EndsWith(w, "ene") ? 3 : 2, r1);
        }
        else if (EndsWith(w, "se") || EndsWith(w, "s"))
        {
            var length = EndsWith(w, "se") ? 2 : 1;
            var start = w.Length - length;
            if (start >= r1 && start > 0 && !IsVowel(w[start - 1]) && w[start - 1] != 'j')
                w.Length = start;
        }
    }

    /// <summary>-en/-ene go only after a consonant that does not end "gem" (so "gemene", "geheimen" hold).</summary>
    private static void RemoveEnEnding(StringBuilder w, int length, int region)
    {
        var start = w.Length - length;
        if (start < region || start == 0 || IsVowel(w[start - 1]))
            return;
        if (start >= 3 && w.ToString(start - 3, 3) == "gem")
            return;
        w.Length = start;
        Undouble(w);
    }

    private static bool Step2(StringBuilder w, int r1)
    {
        var start = w.Length - 1;
        if (w[start] != 'e' || start < r1 || start == 0 || IsVowel(w[start - 1]))
            return false;
        w.Length = start;
        Undouble(w);
        return true;
    }

    private static void Step3A(StringBuilder w, int r1, int r2)
    {
        var start = w.Length - 4;
        if (!EndsWith(w, "heid") || start < r2 || (start > 0 && w[start - 1] == 'c'))
            return;
        w.Length = start;
        if (EndsWith(w, "en"))
            RemoveEnEnding(w, 2, r1);
    }

    private static void Step3B(StringBuilder w, int r1, int r2, bool removedE)
    {
        if (EndsWith(w, "end") || EndsWith(w, "ing"))
        {
            if (w.Length - 3 < r2)
                return;
            w.Length -= 3;
            var igStart = w.Length - 2;
            if (EndsWith(w, "ig") && igStart >= r2 && (igStart == 0 || w[igStart - 1] != 'e'))
                w.Length = igStart;
            else
                Undouble(w);
        }
        else if (EndsWith(w, "ig"))
        {
            var start = w.Length - 2;
            if (start >= r2 && (start == 0 || w[start - 1] != 'e'))
                w.Length = start;
        }
        else if (EndsWith(w, "lijk"))
        {
            if (w.Length - 4 < r2)
                return;
            w.Length -= 4;
            Step2(w, r1);
        }
        else if (EndsWith(w, "baar"))
        {
            if (w.Length - 4 >= r2)
                w.Length -= 4;
        }
        else if (EndsWith(w, "bar") && removedE && w.Length - 3 >= r2)
        {
            w.Length -= 3;
        }
    }

    /// <summary>A double vowel before a final consonant is spelling, not meaning: "maan" → "man", "leer" → "ler".</summary>
    private static void Step4(StringBuilder w)
    {
        if (w.Length < 4)
            return;
        var c = w[^4];
        var v = w[^3];
        var d = w[^1];
        if (!IsVowel(c) && v is ('a' or 'e' or 'o' or 'u') && w[^2] == v && !IsVowel(d) && d != 'I')
            w.Remove(w.Length - 2, 1);
    }

    private static void Undouble(StringBuilder w)
    {
        if (w.Length >= 2 && w[^1] == w[^2] && w[^1] is ('k' or 'd' or 't'))
            w.Length -= 1;
    }

    private static bool EndsWith(StringBuilder w, string suffix)
    {
        if (w.Length < suffix.Length)
            return false;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (w[w.Length - suffix.Length + i] != suffix[i])
                return false;
        }

        return true;
    }

    private static void Replace(StringBuilder w, int length, string replacement)
    {
        w.Length -= length;
        w.Append(replacement);
    }
}
