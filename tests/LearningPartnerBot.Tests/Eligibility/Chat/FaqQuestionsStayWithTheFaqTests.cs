using LearningPartnerBot.Eligibility.Chat;

namespace LearningPartnerBot.Tests.Eligibility.Chat;

/// <summary>
/// The FAQ's evaluation questions are what partners ask about the program. None of them may start the eligibility
/// check; only those naming an invoice month get the computed date, which answers them better than the FAQ topic.
/// </summary>
public sealed class FaqQuestionsStayWithTheFaqTests
{
    private static readonly string[] EvaluationSets = ["faq-dev.tsv", "faq-extra.tsv", "smalltalk.tsv"];

    [Fact]
    public void No_faq_evaluation_question_starts_the_eligibility_check()
    {
        Assert.DoesNotContain(Questions(), EligibilityQuestion.IsAsked);
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
