using System.CommandLine;
using System.CommandLine.Parsing;
using LearningPartnerBot.Load;

if (args is [BareEndpoint.CommandName, ..])
{
    await BareEndpoint.RunAsync(args[1..]);
    return 0;
}

var duration = new Option<TimeSpan>("--duration")
{
    Description = "How long to measure each server: 20s, 2m, 500ms (ignored with --turns).",
    DefaultValueFactory = _ => TimeSpan.FromSeconds(20),
    CustomParser = Durations.Parse,
};
var conversations = new Option<int>("--conversations") { Description = "Simulated conversations running at once.", DefaultValueFactory = _ => 32 };
var mix = new Option<Mix>("--mix") { Description = "faq: FAQ questions only; full: FAQ, eligibility checks and discrepancy forms.", DefaultValueFactory = _ => Mix.Full };
var turns = new Option<long?>("--turns") { Description = "Stop after this many turns instead of a duration (100000 for the RSS check)." };
var warmup = new Option<TimeSpan>("--warmup")
{
    Description = "Unmeasured traffic before each measurement, so JIT and caches settle.",
    DefaultValueFactory = _ => TimeSpan.FromSeconds(30),
    CustomParser = Durations.Parse,
};
var botDll = new Option<string?>("--bot-dll") { Description = "The bot to start (default: src/LearningPartnerBot's build output of this configuration)." };
var seed = new Option<int>("--seed") { Description = "Seeds the conversations' random choices, so runs are comparable.", DefaultValueFactory = _ => 7 };

var repeatShare = new Option<double>("--repeat-share")
{
    Description = "Share of FAQ turns that repeat a recent text (a follow-up button, a partner asking again); every other question is a text no turn used before.",
    DefaultValueFactory = _ => 0.2,
};
var slices = new Option<int>("--slices")
{
    Description = "The measured time is split into this many slices, the bare endpoint's and the bot's in turns, so both see the same minutes of the machine (ignored with --turns).",
    DefaultValueFactory = _ => 4,
};
var root = new RootCommand("Load benchmark: the bot over loopback HTTP against a bare Kestrel endpoint on the same machine.")
{
    duration, conversations, mix, turns, warmup, botDll, seed, repeatShare, slices,
};
repeatShare.Validators.Add(result =>
{
    if (result.GetValueOrDefault<double>() is < 0 or > 1)
    {
        result.AddError("--repeat-share must be between 0 and 1.");
    }
});
conversations.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() < 1)
    {
        result.AddError("--conversations must be at least 1.");
    }
});
slices.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() < 1)
    {
        result.AddError("--slices must be at least 1.");
    }
});
turns.Validators.Add(result =>
{
    if (result.GetValueOrDefault<long?>() is < 1)
    {
        result.AddError("--turns must be at least 1.");
    }
});
root.SetAction((result, _) => new LoadBenchmark(new LoadOptions(
    result.GetValue(duration),
    result.GetValue(conversations),
    result.GetValue(mix),
    result.GetValue(turns),
    result.GetValue(warmup),
    result.GetValue(botDll) ?? BotLocation.DefaultDll(),
    result.GetValue(seed),
    result.GetValue(repeatShare),
    result.GetValue(slices))).RunAsync(Console.Out));
return await root.Parse(args).InvokeAsync();

/// <summary>"20s", "2m", "500ms" or a plain number of seconds.</summary>
internal static class Durations
{
    public static TimeSpan Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value.Trim() : string.Empty;
        var (number, unit) = text.EndsWith("ms", StringComparison.Ordinal) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        if (double.TryParse(number, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return TimeSpan.FromSeconds(value * unit);
        }

        result.AddError($"'{text}' is not a duration (e.g. 20s, 2m, 500ms).");
        return TimeSpan.Zero;
    }
}
