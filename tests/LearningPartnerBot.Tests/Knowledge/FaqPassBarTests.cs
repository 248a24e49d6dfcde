using LearningPartnerBot.Knowledge;
using LearningPartnerBot.Knowledge.Tools;
using Xunit.Abstractions;

namespace LearningPartnerBot.Tests.Knowledge;

/// <summary>
/// The FAQ's quality figure: the pass-bar set (Eval/faq-passbar.tsv), written after the knowledge base by someone who
/// had not seen it, and never tuned against. The thresholds are the ones in code (<see cref="KnowledgeOptions"/>'s
/// defaults), not a test's choice. The tuning sets (faq-dev, faq-extra) are measured in <see cref="FaqEvaluationTests"/>;
/// a score here that drops is fixed by better content or matching, judged on the tuning sets, never by editing this
/// file or tuning until it passes.
/// </summary>
public sealed class FaqPassBarTests(ITestOutputHelper output)
{
    private const string File = "faq-passbar.tsv";

    private const double MinTop1 = 0.95;

    private static readonly Lazy<EvaluationReport> Report = new(() =>
        FaqEvaluation.Run(new FaqAnswerer(TestKnowledge.Index, new KnowledgeOptions()), EvaluationSet.Read(TestKnowledge.EvalFile(File))));

    [Fact]
    public void The_pass_bar_set_asks_every_topic_in_every_language_and_has_out_of_scope_questions()
    {
        var cases = EvaluationSet.Read(TestKnowledge.EvalFile(File));
        var topics = TestKnowledge.Index.Knowledge.Searchable.Where(t => !t.IsOutOfScope).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(KnowledgeLanguages.All.Order(StringComparer.Ordinal), cases.Select(c => c.Locale).Distinct().Order(StringComparer.Ordinal));
        Assert.All(cases, c => Assert.True(c.MustAbstain || topics.Contains(c.Topic), $"line {c.Line}: unknown topic {c.Topic}"));
        foreach (var language in KnowledgeLanguages.All)
        {
            Assert.Equal(topics.Order(StringComparer.Ordinal), cases.Where(c => c.Locale == language && !c.MustAbstain).Select(c => c.Topic).Distinct().Order(StringComparer.Ordinal));
            Assert.Contains(cases, c => c.Locale == language && c.MustAbstain);
        }
    }

    [Fact]
    public void Each_language_answers_at_least_95_percent_of_the_pass_bar_questions_with_their_topic()
    {
        var report = Report.Value;
        WriteMisses(report, o => !o.Case.MustAbstain);

        Assert.All(KnowledgeLanguages.All, language =>
        {
            var top1 = report.For(language).Top1;
            Assert.True(top1 >= MinTop1, $"{language}: top-1 {top1:0.000} on the pass-bar set is below {MinTop1:0.00}");
        });
    }

    [Fact]
    public void No_out_of_scope_pass_bar_question_is_answered()
    {
        var report = Report.Value;
        WriteMisses(report, o => o.Case.MustAbstain);

        var answered = report.Outcomes.Where(o => o.Case.MustAbstain && o.Answer.IsAnswered).ToList();
        Assert.True(
            answered.Count == 0,
            $"{answered.Count} out-of-scope questions were answered: " +
            string.Join("; ", answered.Select(o => $"{o.Case.Locale} line {o.Case.Line} \"{o.Case.Question}\" as {o.Predicted}")));
    }

    /// <summary>
    /// The figures last measured are a floor, above the bar where it is met: a change that makes the FAQ worse on
    /// questions nobody tuned for fails here. The floors are the measurement, rounded down, never raised by tuning on this set.
    /// </summary>
    [Theory]
    [InlineData("en", 0.96, 1.00)]
    [InlineData("nl", 0.98, 1.00)]
    [InlineData("tr", 0.98, 1.00)]
    public void The_pass_bar_figures_do_not_fall_below_their_last_measurement(string language, double top1, double abstainRecall)
    {
        var scores = Report.Value.For(language);
        WriteMisses(Report.Value, o => o.Case.Locale == language);

        Assert.True(scores.Top1 >= top1, $"{language}: top-1 {scores.Top1:0.000} fell below {top1:0.00}");
        Assert.True(scores.AbstainRecall >= abstainRecall, $"{language}: abstain recall {scores.AbstainRecall:0.000} fell below {abstainRecall:0.00}");
    }

    private void WriteMisses(EvaluationReport report, Func<EvaluationOutcome, bool> which)
    {
        foreach (var language in report.Locales)
        {
            var scores = report.For(language);
            output.WriteLine($"{language}: top1={scores.Top1:0.000} mrr3={scores.Mrr3:0.000} abstain_precision={scores.AbstainPrecision:0.000} abstain_recall={scores.AbstainRecall:0.000} n={scores.Count}");
        }

        foreach (var miss in report.Misses.Where(which))
        {
            output.WriteLine($"MISS {miss.Case.Locale} line {miss.Case.Line}: {miss.Case.Question} expected {miss.Case.Topic} got {miss.Predicted} ({miss.Answer.TopScore:0.000})");
        }
    }
}
