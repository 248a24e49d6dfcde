namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// What tells en, nl and tr apart in short questions, in ASCII-folded lower case: the stop words plus common
/// words of each language, word shapes (Dutch "ij", Turkish suffixes, English "th"/"wh"), and what follows an
/// apostrophe. Product and program names are no evidence: partners use the English names in every language.
/// </summary>
internal static class LanguageMarkers
{
    public static readonly HashSet<string> ProductNames = new(StringComparer.Ordinal)
    {
        "microsoft", "partner", "partners", "center", "centre", "learning", "learn", "action", "pack", "mct", "kpi",
        "kpis", "bap", "teams", "azure", "dynamics", "office", "power", "frontline", "support", "gold", "silver",
        "dashboard", "competency", "directory", "courseware", "trainer", "trainers", "certified", "business",
        "application", "plan", "program", "portal", "linkedin", "github", "copilot", "windows", "365",
    };

    private static readonly Dictionary<string, string[]> CommonWords = new(StringComparer.Ordinal)
    {
        ["en"] = ["need", "get", "become", "want", "find", "after", "before", "long", "many", "much", "still", "yet",
            "until", "without", "enroll", "enrollment", "requirements", "invoice", "invoices", "renew", "eligible",
            "eligibility", "receive", "submit", "check", "where", "apply", "company", "listed", "join"],
        ["nl"] = ["nodig", "krijg", "krijgen", "word", "hoelang", "hoeveel", "jullie", "mee", "waarmee", "nadat",
            "schrijf", "inschrijven", "inschrijving", "aanmelden", "aanvragen", "vind", "vinden", "staat", "gaat",
            "gebeurt", "sinds", "zonder", "bedrijf", "gegevens", "vereisten", "factuur", "facturen", "verlengen",
            "jaarlijks", "klopt", "goed", "ontvangen", "indienen", "controleren", "welk"],
        ["tr"] = ["gerekir", "gerekiyor", "gerekli", "yapilir", "kayit", "sirket", "sirketim", "sirketimiz",
            "ogrenme", "ortak", "ortagi", "egitim", "egitmen", "bilgi", "hakkinda", "sonra", "once", "zaman", "kac",
            "yok", "evet", "hayir", "istiyorum", "yapabilirim", "ucret", "basvuru", "fatura", "sure", "degil",
            "sadece", "tum", "nasil", "olur", "yardim", "nedeni", "uyelik", "yenileme", "merkezi", "secenegi",
            "yanlis", "hesap", "hesabi", "onay", "deger"],
    };

    private static readonly Dictionary<string, int> LanguagesPerWord = CountLanguagesPerWord();

    private static readonly (string Language, Func<string, bool> Matches, double Weight)[] Shapes =
    [
        ("nl", w => ContainsAny(w, "ij"), 1.0),
        ("nl", w => EndsWithAny(w, "heid", "lijk"), 1.0),
        ("nl", w => EndsWithAny(w, "tie", "ties"), 0.75),
        ("nl", w => ContainsAny(w, "oe", "aa", "uu"), 0.5),
        ("nl", w => ContainsAny(w, "sch") || IsDutchParticiple(w), 0.5),
        ("nl", w => w.Length >= 5 && EndsWithAny(w, "en"), 0.3),
        ("en", w => ContainsAny(w, "th") || w.StartsWith("wh", StringComparison.Ordinal), 0.75),
        ("en", w => EndsWithAny(w, "ly", "tion", "tions"), 0.5),
        ("en", w => EndsWithAny(w, "ing", "ed") || ContainsAny(w, "ea"), 0.3),
        ("tr", w => EndsWithAny(w, "lar", "ler", "lari", "leri"), 1.0),
        ("tr", w => EndsWithAny(w, "mak", "mek") || ContainsAny(w, "iyor", "uyor"), 1.25),
        ("tr", w => ContainsAny(w, "abil", "ebil") || EndsWithAny(w, "misiniz", "musunuz"), 1.25),
        ("tr", w => ContainsAny(w, "imiz", "iniz", "umuz", "unuz"), 0.75),
        ("tr", w => EndsWithAny(w, "sinda", "sinde", "inda", "inde", "lik", "luk", "ligi", "lugu"), 0.75),
        ("tr", w => EndsWithAny(w, "dir", "dur", "tir", "tur", "nin", "nun", "dan", "den", "tan", "ten", "ilir", "ulur"), 0.5),
    ];

    private static readonly HashSet<string> TurkishApostropheEndings = new(StringComparer.Ordinal)
    {
        "a", "e", "i", "u", "in", "un", "nin", "nun", "de", "da", "te", "ta", "den", "dan", "ten", "tan", "ye",
        "ya", "yi", "yu", "ler", "lar", "leri", "lari", "deki", "daki", "teki", "taki", "yla", "yle", "la", "le",
        "na", "ne", "nda", "nde", "ndan", "nden", "ni", "nu", "si", "su", "im", "imiz", "iniz", "dir", "tir",
    };

    private static readonly HashSet<string> EnglishApostropheEndings = new(StringComparer.Ordinal)
    {
        "t", "re", "ve", "ll", "m", "d",
    };

    /// <summary>Evidence from a whole word: a function or common word of one language, or shared by several.</summary>
    public static void ScoreWord(string word, LanguageScores scores)
    {
        if (LanguagesPerWord.TryGetValue(word, out var sharedBy))
        {
            for (var i = 0; i < SupportedLanguages.All.Count; i++)
            {
                var language = SupportedLanguages.All[i];
                if (StopWords.For(language).Contains(word) || CommonWords[language].Contains(word))
                    scores.Add(language, 1.5 / sharedBy);
            }
        }

        if (word.Length < 4)
            return;
        foreach (var (language, matches, weight) in Shapes)
        {
            if (matches(word))
                scores.Add(language, weight);
        }
    }

    public static void ScoreApostropheEnding(string ending, LanguageScores scores)
    {
        if (TurkishApostropheEndings.Contains(ending))
            scores.Add("tr", 1.5);
        else if (EnglishApostropheEndings.Contains(ending))
            scores.Add("en", 1.5);
    }

    /// <summary>"geupload", "getoond", "goedgekeurd" (ge-…-d/t); Turkish "gerektiriyor" starts with ge too.</summary>
    private static bool IsDutchParticiple(string word) =>
        word.Length >= 6 && word.StartsWith("ge", StringComparison.Ordinal) && word[^1] is ('d' or 't');

    private static bool ContainsAny(string word, params ReadOnlySpan<string> parts)
    {
        foreach (var part in parts)
        {
            if (word.Contains(part, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static bool EndsWithAny(string word, params ReadOnlySpan<string> endings)
    {
        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
                return true;
        }

        return false;
    }

    private static Dictionary<string, int> CountLanguagesPerWord()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in SupportedLanguages.All)
        {
            foreach (var word in StopWords.For(language).Concat(CommonWords[language]).Distinct(StringComparer.Ordinal))
                counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts;
    }
}
