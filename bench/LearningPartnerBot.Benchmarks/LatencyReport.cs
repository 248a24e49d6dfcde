using System.Diagnostics;
using System.Globalization;
using LearningPartnerBot.Knowledge;

namespace LearningPartnerBot.Benchmarks;

/// <summary>
/// `--latency [topics] [answers]`: answers questions one at a time and reports per-answer percentiles, which
/// BenchmarkDotNet's per-iteration statistics cannot show (it averages many calls per measurement).
/// </summary>
internal static class LatencyReport
{
    public static void Run(int topics, int answers)
    {
        var index = FaqAnswerBenchmarks.BuildIndex(topics);
        var answerer = new FaqAnswerer(index, new KnowledgeOptions());
        for (var i = 0; i < 200; i++)
        {
            var (language, question) = Questions.All[i % Questions.All.Count];
            answerer.Answer(question, language);
        }

        var samples = new double[answers];
        for (var i = 0; i < answers; i++)
        {
            var (language, question) = Questions.All[i % Questions.All.Count];
            var started = Stopwatch.GetTimestamp();
            answerer.Answer(question, language);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"topics={topics} answers={answers} p50_ms={Percentile(samples, 50):0.000} p95_ms={Percentile(samples, 95):0.000} p99_ms={Percentile(samples, 99):0.000} max_ms={samples[^1]:0.000}"));
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100 * sorted.Length) - 1)];
}
