using System.Diagnostics;
using System.Globalization;
using LearningPartnerBot.Knowledge;

namespace LearningPartnerBot.Benchmarks;

/// <summary>
/// `--latency [topics] [answers]`: answers new questions (no text asked twice) one at a time and reports per-answer
/// percentiles, which BenchmarkDotNet's per-iteration statistics cannot show (it averages many calls per measurement).
/// </summary>
internal static class LatencyReport
{
    public static void Run(int topics, int answers)
    {
        var index = FaqAnswerBenchmarks.BuildIndex(topics);
        var answerer = new FaqAnswerer(index, new KnowledgeOptions());
        const int Warmup = 2_000;
        var questions = FaqAnswerBenchmarks.Draw(Warmup + answers, seed: 13);
        for (var i = 0; i < Warmup; i++)
        {
            answerer.Answer(questions[i].Text, questions[i].Language);
        }

        var samples = new double[answers];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < answers; i++)
        {
            var (language, question) = questions[Warmup + i];
            var started = Stopwatch.GetTimestamp();
            answerer.Answer(question, language);
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var allocatedPerAnswer = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)answers;
        var mean = samples.Average();
        Array.Sort(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"topics={topics} answers={answers} mean_us={mean * 1000:0.0} allocated_bytes={allocatedPerAnswer:0} p50_ms={Percentile(samples, 50):0.000} p95_ms={Percentile(samples, 95):0.000} p99_ms={Percentile(samples, 99):0.000} max_ms={samples[^1]:0.000}"));
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percent / 100 * sorted.Length) - 1)];
}
