using System.Globalization;
using BenchmarkDotNet.Running;
using LearningPartnerBot.Benchmarks;

// dotnet run -c Release --project bench/LearningPartnerBot.Benchmarks -- --stages 20 50000
if (args is ["--stages", ..])
{
    StageReport.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50_000);
    return;
}

// dotnet run -c Release --project bench/LearningPartnerBot.Benchmarks -- --turns 20000
if (args is ["--turns", ..])
{
    await TurnReport.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
    return;
}

// dotnet run -c Release --project bench/LearningPartnerBot.Benchmarks -- --latency 10000 5000
if (args is ["--latency", ..])
{
    LatencyReport.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5_000);
    return;
}

// dotnet run -c Release --project bench/LearningPartnerBot.Benchmarks -- --dashboard [postgres-connection-string]
if (args is ["--dashboard", ..])
{
    await DashboardBenchmark.RunAsync(args.Length > 1 ? args[1] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FaqAnswerBenchmarks).Assembly).Run(args);
