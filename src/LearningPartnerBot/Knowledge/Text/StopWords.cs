namespace LearningPartnerBot.Knowledge.Text;

/// <summary>
/// Short curated lists, in ASCII-folded form because they are checked after folding. Question words are
/// included: every FAQ question has them, so they only add noise to ranking. Domain words never are.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "about",
        "as", "into", "onto", "than", "then", "so", "if", "is", "are", "was", "were", "be", "been", "being", "am",
        "do", "does", "did", "doing", "done", "have", "has", "had", "having", "can", "could", "should", "would",
        "will", "shall", "may", "might", "must", "i", "me", "my", "mine", "we", "us", "our", "ours", "you",
        "your", "yours", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "this", "that",
        "these", "those", "there", "here", "what", "whats", "how", "where", "when", "why", "which", "who", "whom",
        "whose", "not", "no", "dont", "doesnt", "didnt", "cant", "couldnt", "shouldnt", "wouldnt", "wont",
        "isnt", "arent", "wasnt", "werent", "havent", "hasnt", "hadnt", "please", "any", "some", "just", "also",
        "too", "very", "hi", "hello", "thanks", "thank",

        // Fillers of spoken-style questions ("what's it actually about?"): they say nothing about the topic, and a
        // word the knowledge base lacks counts against every topic.
        "actually", "really", "exactly", "basically", "anyway", "ok", "okay", "hey", "well", "go", "going",

        // Request verbs ("tell me…", "explain…") frame a question without saying what it is about.
        "tell", "explain",

        // "What does OMLP mean / stand for", "all of them", "get out of it": the term asked about carries the
        // question, and these would otherwise count as words no topic explains.
        "mean", "means", "stand", "out", "all",
    };

    private static readonly HashSet<string> Dutch = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "of", "maar", "van", "in", "op", "te", "ten", "ter", "voor", "met", "aan", "bij",
        "naar", "om", "uit", "over", "door", "als", "dan", "dat", "die", "dit", "deze", "er", "is", "zijn", "was",
        "waren", "wordt", "worden", "werd", "ben", "bent", "heb", "hebt", "heeft", "hebben", "had", "kan", "kun",
        "kunt", "kunnen", "moet", "moeten", "mag", "mogen", "wil", "wilt", "willen", "zal", "zullen", "zou",
        "zouden", "ik", "je", "jij", "jou", "jouw", "u", "uw", "we", "wij", "ons", "onze", "mijn", "me", "mij",
        "hun", "zij", "ze", "hij", "zich", "wat", "hoe", "waar", "wanneer", "waarom", "welke", "welk", "wie",
        "niet", "geen", "ook", "nog", "al", "wel", "zo", "dus", "toch", "even", "nu", "hier", "daar", "tot",
        "na", "graag", "aub", "alsjeblieft", "alstublieft", "doe", "hallo", "dank", "bedankt",
        "eigenlijk", "precies", "gewoon", "echt", "nou", "hoor", "eens", "ok", "oke",
        "vertel", "vertellen", "leg", "uitleggen", "uit",
        "betekent", "betekenen", "paar", "alle",
    };

    // "kim" (who) is not here: Turkish asks who may enroll with it ("kimler kayıt yapabilir"), and with the verb
    // "kayıt" shared by every enrollment topic it is the word that points at the roles.
    private static readonly HashSet<string> Turkish = new(StringComparer.Ordinal)
    {
        "ve", "veya", "ya", "ile", "ama", "fakat", "ancak", "de", "da", "ki", "mi", "mu", "midir", "mudur",
        "miyim", "miyiz", "misiniz", "musunuz", "bir", "bu", "su", "o", "bunu", "bunlar", "sunu", "onu", "ne",
        "neler", "nedir", "nelerdir", "nasil", "nerede", "nereden", "nereye", "neden", "nicin", "niye", "hangi",
        "hangisi", "icin", "gibi", "kadar", "daha", "cok", "en", "ben", "biz", "sen", "siz",
        "benim", "bizim", "senin", "sizin", "bana", "bize", "size", "olarak", "olan", "olur", "olunur", "olmak",
        "olabilir", "olmali", "olmasi", "oldu", "ise", "eger", "hem", "her", "lutfen", "merhaba", "tesekkurler",
        "acaba", "sey", "zaten", "yani", "var",
        "tam", "aslinda", "sadece", "hani", "peki", "tamam", "misin", "musun",
        "anlat", "anlatir", "anlatin", "anlatabilir", "aciklar", "acikla",
        "demek", "anlami", "tum", "tumu",
    };

    /// <summary>
    /// Below this length one slipped key can turn a function word into another word ("doing"/"going"); at this length
    /// a replaced letter still can ("zouden"/"gouden"), so only a letter added or dropped counts there.
    /// </summary>
    private const int MinSlipLength = 6;

    /// <summary>
    /// Question words partners often type with a letter dropped or two letters swapped ("wich", "whcih", "coudl").
    /// Only these: four letters left of other five-letter function words are often a word of their own
    /// ("arent"/"rent", "hadnt"/"hand", "sizin"/"izin", "welke"/"elke"); a replaced letter is never taken, since it
    /// makes other words too ("where"/"there").
    /// </summary>
    private static readonly string[] DroppedLetterWords = ["which", "where", "could", "would", "about"];

    private static readonly Dictionary<string, string[]> SlipCandidates = new(StringComparer.Ordinal)
    {
        ["en"] = [.. English.Where(w => w.Length >= MinSlipLength).Concat(DroppedLetterWords)],
        ["nl"] = [.. Dutch.Where(w => w.Length >= MinSlipLength)],
        ["tr"] = [.. Turkish.Where(w => w.Length >= MinSlipLength)],
    };

    public static bool Contains(string language, string term) => language switch
    {
        "en" => English.Contains(term),
        "nl" => Dutch.Contains(term),
        "tr" => Turkish.Contains(term),
        _ => false,
    };

    /// <summary>
    /// A long function word with one slipped key ("nelrdir", "alstublieft" without a letter). Kept as a term it would
    /// read as a word the knowledge base has never seen, which counts against every topic and can make the bot
    /// think the question is about something else.
    /// </summary>
    public static bool IsMistyped(string language, string term)
    {
        // The shortest slip is a five-letter question word with a letter dropped.
        if (term.Length < 4 || !SlipCandidates.TryGetValue(language, out var candidates))
        {
            return false;
        }

        foreach (var word in candidates)
        {
            if (IsSlipOf(term, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSlipOf(string term, string word)
    {
        if (term.Length == word.Length)
        {
            // A replaced letter turns the shorter function words into other words; the five-letter question words
            // are still taken with two letters swapped.
            return word.Length > MinSlipLength ? EditDistance.IsWithinOne(term, word) : word.Length < MinSlipLength && EditDistance.IsSwap(term, word);
        }

        // A letter dropped, or added to a word of six letters or more.
        return (term.Length < word.Length || word.Length >= MinSlipLength) && EditDistance.IsWithinOne(term, word);
    }

    /// <summary>Every language's list, for the detector: a function word is evidence of its language.</summary>
    internal static IReadOnlySet<string> For(string language) => language switch
    {
        "en" => English,
        "nl" => Dutch,
        "tr" => Turkish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Supported: en, nl, tr."),
    };
}
