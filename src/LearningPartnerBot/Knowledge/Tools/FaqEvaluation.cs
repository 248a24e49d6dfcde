namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>
/// Runs evaluation cases through the answerer and measures what content owners need: top-1 accuracy and MRR@3 on
/// answerable questions, and how precisely and completely the bot abstains on the ones it must not answer.
/// </summary>
public static class FaqEvaluation
{
    public static EvaluationReport Run(FaqAnswerer answerer, IReadOnlyList<EvaluationCase> cases)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(cases);
        var outcomes = cases.Select(c =>
        {
            var answer = answerer.Answer(c.Question, c.Locale);
            var rank = answer.Ranked.Select((r, i) => (r.Topic.Id, Rank: i + 1)).FirstOrDefault(r => r.Id == c.Topic).Rank;
            return new EvaluationOutcome(c, answer, rank);
        }).ToList();
        return new EvaluationReport(outcomes);
    }
}

public sealed record EvaluationOutcome(EvaluationCase Case, FaqAnswer Answer, int GoldRank)
{
    public string Predicted => Answer.Answer?.Topic.Id ?? EvaluationCase.None;

    public bool IsCorrect => Predicted == Case.Topic;
}

/// <summary>The measurements, overall and per locale. Vacuous ratios (nothing to measure) count as 1.</summary>
public sealed class EvaluationReport(IReadOnlyList<EvaluationOutcome> outcomes)
{
    private const int MrrDepth = 3;

    public IReadOnlyList<EvaluationOutcome> Outcomes { get; } = outcomes;

    public IReadOnlyList<string> Locales => [.. Outcomes.Select(o => o.Case.Locale).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public IReadOnlyList<EvaluationOutcome> Misses => [.. Outcomes.Where(o => !o.IsCorrect)];

    public EvaluationScores Overall => Score(Outcomes);

    public EvaluationScores For(string locale) => Score([.. Outcomes.Where(o => o.Case.Locale == locale)]);

    private static EvaluationScores Score(IReadOnlyList<EvaluationOutcome> outcomes)
    {
        var answerable = outcomes.Where(o => !o.Case.MustAbstain).ToList();
        var abstained = outcomes.Where(o => !o.Answer.IsAnswered).ToList();
        var mustAbstain = outcomes.Where(o => o.Case.MustAbstain).ToList();
        return new EvaluationScores(
            Top1: Ratio(answerable.Count(o => o.IsCorrect), answerable.Count),
            Mrr3: answerable.Count == 0 ? 1 : answerable.Sum(o => o.GoldRank is > 0 and <= MrrDepth ? 1.0 / o.GoldRank : 0) / answerable.Count,
            AbstainPrecision: Ratio(abstained.Count(o => o.Case.MustAbstain), abstained.Count),
            AbstainRecall: Ratio(mustAbstain.Count(o => !o.Answer.IsAnswered), mustAbstain.Count),
            Count: outcomes.Count);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}

public sealed record EvaluationScores(double Top1, double Mrr3, double AbstainPrecision, double AbstainRecall, int Count);
