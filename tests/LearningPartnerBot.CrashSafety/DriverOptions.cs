using System.Globalization;

namespace LearningPartnerBot.CrashSafety;

/// <summary>The driver's command line: which bot build to start, where its data lives, and how hard to push it.</summary>
internal sealed record DriverOptions(
    string BotAssembly,
    string DataDirectory,
    string BotLog,
    string Label,
    int Rounds,
    int Seed,
    int Concurrency)
{
    public const string Usage =
        "usage: LearningPartnerBot.CrashSafety --bot <LearningPartnerBot.dll> --data <empty folder> --log <bot log file> " +
        "[--label sqlite] [--rounds 3] [--seed 20261122] [--concurrency 16]";

    public static DriverOptions? Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return null;
            }

            values[args[i][2..]] = args[i + 1];
        }

        if (args.Count % 2 != 0
            || !values.TryGetValue("bot", out var bot)
            || !values.TryGetValue("data", out var data)
            || !values.TryGetValue("log", out var log))
        {
            return null;
        }

        return new DriverOptions(
            Path.GetFullPath(bot),
            Path.GetFullPath(data),
            Path.GetFullPath(log),
            values.GetValueOrDefault("label", "sqlite"),
            Number(values, "rounds", 3),
            Number(values, "seed", 20261122),
            Number(values, "concurrency", 16));
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
