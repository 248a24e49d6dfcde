using System.Globalization;
using System.Text.RegularExpressions;
using LearningPartnerBot.Knowledge.Text;

namespace LearningPartnerBot.Eligibility.Chat;

/// <summary>
/// Recognizes "When will my invoice from March show up?" in English, Dutch or Turkish: a word for invoice, a month
/// and a word asking when or about showing up. Without a month it is a general KPI question for the FAQ.
/// </summary>
public static partial class InvoiceMonthQuestion
{
    private static readonly (string Language, string[] InvoiceWords, string[] WhenWords)[] Languages =
    [
        ("en", ["invoice", "invoices", "invoiced"], ["when", "show", "shows", "appear", "appears", "visible", "see", "date"]),
        ("nl", ["factuur", "facturen"], ["wanneer", "zichtbaar", "verschijnt", "verschijnen", "zie", "zien", "komt", "datum"]),
        ("tr", ["fatura"], ["zaman", "gorunur", "gorunecek", "gorunuyor", "gorurum", "gorebilirim", "cikar", "tarih"]),
    ];

    /// <summary>The month asked about (1 to 12), the year when the question names one, and the question's language; null when it is not such a question.</summary>
    public static (int Month, int? Year, string Language)? Recognize(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : Recognize(text, TextFolding.Words(text));

    /// <inheritdoc cref="Recognize(string?)"/>
    /// <param name="text">The message.</param>
    /// <param name="folded">The message as <see cref="TextFolding.Words(string)"/> folds it, from a caller that folded it already.</param>
    public static (int Month, int? Year, string Language)? Recognize(string text, ReadOnlySpan<char> folded)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text) || !MentionsInvoice(folded))
        {
            return null;
        }

        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var language = Languages.FirstOrDefault(l => words.Any(w => IsInvoiceWord(w, l.Language, l.InvoiceWords)));
        if (language.Language is null || !words.Any(w => language.WhenWords.Any(when => w.StartsWith(when, StringComparison.Ordinal))))
        {
            return null;
        }

        int? month = null;
        for (var i = 0; i < words.Length && month is null; i++)
        {
            month = MonthNames.Match(words[i], i > 0 ? words[i - 1] : null);
        }

        var year = Year().Match(text) is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture) : (int?)null;
        return month is { } found ? (found, year, language.Language) : null;
    }

    [GeneratedRegex("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>
    /// Whether an invoice word is in the folded message at all, even inside another word: every message is asked, and
    /// the few that mention an invoice are the only ones worth splitting into words.
    /// </summary>
    private static bool MentionsInvoice(ReadOnlySpan<char> folded)
    {
        foreach (var (_, invoiceWords, _) in Languages)
        {
            foreach (var word in invoiceWords)
            {
                if (folded.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Turkish adds endings to the word ("faturam", "faturamı", "faturaları"); the others are matched whole.</summary>
    private static bool IsInvoiceWord(string word, string language, string[] invoiceWords) =>
        language == "tr"
            ? invoiceWords.Any(w => word.StartsWith(w, StringComparison.Ordinal))
            : invoiceWords.Contains(word);
}
