using BotKit.Schema;
using LearningPartnerBot.Conversation;
using LearningPartnerBot.Conversation.Phrasings;
using LearningPartnerBot.Eligibility.Chat;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>
/// The FAQ's evaluation questions are what partners ask about the program. The recognizer must read every one of them as
/// a question (no phrasing of a command or journey may take it); only those naming an invoice month get the computed
/// date, which answers them better than the FAQ topic.
/// </summary>
public sealed class FaqQuestionsStayWithTheFaqTests
{
    private static readonly string[] EvaluationSets = ["faq-dev.tsv", "faq-extra.tsv"];

    [Fact]
    public void Every_faq_evaluation_question_is_read_as_a_question()
    {
        var recognizer = new MessageRecognizer(PhrasingTable.Shipped);
        var taken = Questions()
            .Select(q => (Question: q, recognizer.Recognize(new Activity { Type = ActivityTypes.Message, Text = q, Locale = "en-US" }).Intent))
            .Where(r => r.Intent is not (Intent.Question or Intent.InvoiceDate))
            .Select(r => $"{r.Intent}: {r.Question}; {PhrasingTable.Shipped.Explain(global::LearningPartnerBot.Knowledge.Text.TextFolding.Words(r.Question))}");

        Assert.True(!taken.Any(), string.Join('\n', taken));
    }

    [Fact]
    public void Only_faq_questions_naming_an_invoice_month_get_the_computed_date()
    {
        var taken = Questions().Where(q => InvoiceMonthQuestion.Recognize(q) is not null).Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "I have an invoice dated January, when will its KPIs show up?",
                "Ocak ayındaki faturamın KPI'ları ne zaman görünür?",
                "factuur van januari, vanaf wanneer zie ik de kpi",
            ],
            taken);
    }

    private static IEnumerable<string> Questions() =>
        EvaluationSets
            .SelectMany(file => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Eval", file)).Skip(1))
            .Select(line => line.Split('\t'))
            .Where(columns => columns.Length >= 2)
            .Select(columns => columns[1]);
}
