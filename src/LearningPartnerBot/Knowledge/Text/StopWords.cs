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
        "actually", "really", "exactly", "basically", "anyway", "ok", "okay", "hey", "well",

        // Request verbs ("tell me…", "explain…") frame a question without saying what it is about.
        "tell", "explain",
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
    };

    private static readonly HashSet<string> Turkish = new(StringComparer.Ordinal)
    {
        "ve", "veya", "ya", "ile", "ama", "fakat", "ancak", "de", "da", "ki", "mi", "mu", "midir", "mudur",
        "miyim", "miyiz", "misiniz", "musunuz", "bir", "bu", "su", "o", "bunu", "bunlar", "sunu", "onu", "ne",
        "neler", "nedir", "nelerdir", "nasil", "nerede", "nereden", "nereye", "neden", "nicin", "niye", "hangi",
        "hangisi", "kim", "kimin", "icin", "gibi", "kadar", "daha", "cok", "en", "ben", "biz", "sen", "siz",
        "benim", "bizim", "senin", "sizin", "bana", "bize", "size", "olarak", "olan", "olur", "olunur", "olmak",
        "olabilir", "olmali", "olmasi", "oldu", "ise", "eger", "hem", "her", "lutfen", "merhaba", "tesekkurler",
        "acaba", "sey", "zaten", "yani", "var",
        "tam", "aslinda", "sadece", "hani", "peki", "tamam", "misin", "musun",
        "anlat", "anlatir", "anlatin", "anlatabilir", "aciklar", "acikla",
    };

    public static bool Contains(string language, string term) => language switch
    {
        "en" => English.Contains(term),
        "nl" => Dutch.Contains(term),
        "tr" => Turkish.Contains(term),
        _ => false,
    };

    /// <summary>Every language's list, for the detector: a function word is evidence of its language.</summary>
    internal static IReadOnlySet<string> For(string language) => language switch
    {
        "en" => English,
        "nl" => Dutch,
        "tr" => Turkish,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Supported: en, nl, tr."),
    };
}
