namespace LearningPartnerBot.Insights;

/// <summary>The staff insights' settings, bound from the "Insights" configuration section.</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>
    /// How many days of FAQ counts, votes and unanswered questions are kept; older ones are purged once a day. The
    /// dashboard's longest period is 90 days, and the review queue needs a few months of misses to show a pattern.
    /// </summary>
    public int RetainDays { get; set; } = 180;

    /// <summary>How often the FAQ counts kept in memory are written to the database.</summary>
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(30);
}
