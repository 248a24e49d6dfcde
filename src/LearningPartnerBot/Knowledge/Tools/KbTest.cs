using System.Globalization;
using LearningPartnerBot.Knowledge.Search;

namespace LearningPartnerBot.Knowledge.Tools;

/// <summary>`kb test`: per-locale accuracy and abstention, then every miss, then one machine-readable line.</summary>
internal static class KbTest
{
    public static int Run(string knowledgeFolder, string path, double? minTop1, double? minAbstain, TextWriter output)
    {
        if (ToolPaths.Find(path) is not { } found || !File.Exists(found))
        {
            output.WriteLine($"No such file: {path}");
            return 2;
        }

        var file = new FileInfo(found);
        var index = FaqIndexLoader.Load(knowledgeFolder);
        var report = FaqEvaluation.Run(new FaqAnswerer(index, ConfiguredOptions()), EvaluationSet.Read(file.FullName));

        foreach (var locale in report.Locales)
        {
            output.WriteLine(Inv($"{locale}: {Line(report.For(locale))}"));
        }

        foreach (var miss in report.Misses)
        {
            var top = string.Join(", ", miss.Answer.Ranked.Take(3).Select(r => Inv($"{r.Topic.Id} {r.Score:0.000}")));
            output.WriteLine(Inv(
                $"MISS {miss.Case.Locale} line {miss.Case.Line}: \"{miss.Case.Question}\" expected {miss.Case.Topic}, got {miss.Predicted} (searched in {miss.Answer.Language}: {(top.Length > 0 ? top : "nothing found")}; gold rank {(miss.GoldRank > 0 ? miss.GoldRank : "-")})"));
        }

        var failed = (minTop1 is { } top1 && report.Locales.Any(l => report.For(l).Top1 < top1))
            || (minAbstain is { } abstain && report.Overall.AbstainRecall < abstain);
        output.WriteLine(Line(report.Overall));
        return failed ? 1 : 0;
    }

    /// <summary>The bot's own configuration (appsettings, environment), so a recalibrated threshold is what gets tested.</summary>
    internal static KnowledgeOptions ConfiguredOptions()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new KnowledgeOptions();
        configuration.GetSection(KnowledgeOptions.SectionName).Bind(options);
        return options;
    }

    private static string Line(EvaluationScores s) =>
        Inv($"top1={s.Top1:0.000} mrr3={s.Mrr3:0.000} abstain_precision={s.AbstainPrecision:0.000} abstain_recall={s.AbstainRecall:0.000} n={s.Count}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
