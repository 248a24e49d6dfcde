namespace LearningPartnerBot.Insights.Charts;

/// <summary>One named row of values, one per category of the chart; null where there is nothing to show.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
