using System.Globalization;
using System.Text;

namespace LearningPartnerBot.Traffic;

/// <summary>
/// Turns one base question into the way a partner might actually type it: a greeting before it, thanks after it, a
/// different case, a slipped key, Turkish or Dutch typed without its accents. Each change keeps the question
/// answerable by a person, so the traffic asks what partners ask, in words no cache has seen.
/// </summary>
public static class QuestionVariants
{
    private static readonly Dictionary<string, string[]> Openers = new()
    {
        ["en"] = ["hi,", "hello", "hi there!", "good morning,", "hey", "Hello team,", "quick question:", "sorry to bother you,", "one more thing:", "hi bot,", "Question -", "Good afternoon."],
        ["nl"] = ["hallo,", "goedemorgen,", "goedemiddag", "hoi", "beste,", "vraagje:", "een vraag:", "dag,", "hallo team,", "Goedendag.", "nog een vraag:"],
        ["tr"] = ["merhaba,", "selam", "iyi günler,", "günaydın,", "bir sorum var:", "merhabalar", "kolay gelsin,", "sorum şu:", "Merhaba.", "bir şey soracağım:"],
    };

    private static readonly Dictionary<string, string[]> Closers = new()
    {
        ["en"] = ["thanks", "thank you!", "thx", "please", "cheers", "many thanks.", "??", "asap please", "thanks in advance"],
        ["nl"] = ["bedankt", "alvast bedankt!", "dank u wel", "graag", "dank je", "??", "groet", "mvg", "alvast dank"],
        ["tr"] = ["teşekkürler", "teşekkür ederim", "sağ olun", "lütfen", "??", "tşk", "şimdiden teşekkürler", "rica etsem"],
    };

    private static readonly CultureInfo Turkish = CultureInfo.GetCultureInfo("tr-TR");

    /// <summary>A variant of <paramref name="question"/>; the same random state gives the same text.</summary>
    public static string Make(string question, string language, Random random)
    {
        var text = random.Next(3) switch
        {
            0 => question,
            1 => Lower(question, language),
            _ => question.TrimEnd('?', '.', '!'),
        };

        if (random.Next(2) == 0)
        {
            text = Slip(text, random);
        }

        if (language != "en" && random.Next(5) == 0)
        {
            text = WithoutAccents(text);
        }

        if (random.Next(2) == 0)
        {
            text = Pick(Openers[language], random) + " " + text;
        }

        if (random.Next(2) == 0)
        {
            text = text + (random.Next(2) == 0 ? " " : ", ") + Pick(Closers[language], random);
        }

        return text;
    }

    private static string Pick(string[] choices, Random random) => choices[random.Next(choices.Length)];

    private static string Lower(string text, string language) =>
        text.ToLower(language == "tr" ? Turkish : CultureInfo.InvariantCulture);

    /// <summary>One typing slip in a word of five letters or more: two letters swapped, one dropped or one doubled.</summary>
    private static string Slip(string text, Random random)
    {
        var words = text.Split(' ');
        var long5 = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter)).ToArray();
        if (long5.Length == 0)
        {
            return text;
        }

        var index = long5[random.Next(long5.Length)];
        var word = words[index];
        var at = 1 + random.Next(word.Length - 2);
        words[index] = random.Next(3) switch
        {
            0 => string.Concat(word.AsSpan(0, at), word.AsSpan(at + 1, 1), word.AsSpan(at, 1), word.AsSpan(at + 2)),
            1 => word.Remove(at, 1),
            _ => word.Insert(at, word[at].ToString()),
        };
        return string.Join(' ', words);
    }

    /// <summary>How a partner on an English keyboard writes "öğrenme" or "geïnteresseerd".</summary>
    private static string WithoutAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'ı' => 'i', 'İ' => 'I', _ => c });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
