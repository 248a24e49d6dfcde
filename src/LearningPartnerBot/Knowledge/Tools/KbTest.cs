using System.Globalization;
using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>`kb test`: per-locale accuracy and abstention, then every miss, then one machine-readable line.</summary>
internal static class KbTest
{
    public static int Run(string knowledgeFolder, FileInfo file, double? minTop1, double? minAbstain, TextWriter output)
    {
        if (!file.Exists)
        {
            output.WriteLine($"No such file: {file.FullName}");
            return 2;
        }

        using var index = FaqIndexLoader.Load(knowledgeFolder);
        var report = FaqEvaluation.Run(new FaqAnswerer(index, new KnowledgeOptions()), EvaluationSet.Read(file.FullName));

        foreach (var locale in report.Locales)
        {
            output.WriteLine(Inv($"{locale}: {Line(report.For(locale))}"));
        }

        foreach (var miss in report.Misses)
        {
            var best = miss.Answer.Ranked.FirstOrDefault();
            output.WriteLine(Inv(
                $"MISS {miss.Case.Locale} line {miss.Case.Line}: \"{miss.Case.Question}\" expected {miss.Case.Topic}, got {miss.Predicted} (best {best?.Topic.Id ?? "-"} {best?.Score ?? 0:0.000} in {miss.Answer.Language}, gold rank {(miss.GoldRank > 0 ? miss.GoldRank : "-")})"));
        }

        var failed = (minTop1 is { } top1 && report.Locales.Any(l => report.For(l).Top1 < top1))
            || (minAbstain is { } abstain && report.Overall.AbstainRecall < abstain);
        output.WriteLine(Line(report.Overall));
        return failed ? 1 : 0;
    }

    private static string Line(EvaluationScores s) =>
        Inv($"top1={s.Top1:0.000} mrr3={s.Mrr3:0.000} abstain_precision={s.AbstainPrecision:0.000} abstain_recall={s.AbstainRecall:0.000} n={s.Count}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
