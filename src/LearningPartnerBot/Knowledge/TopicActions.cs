namespace LearningPartnerBot.Knowledge;

/// <summary>Requests a topic can offer to file ("File this request"); the ids match the request forms.</summary>
public static class TopicActions
{
    public const string KpiDiscrepancy = "kpi-discrepancy";
    public const string DirectoryListing = "directory-listing";

    public static IReadOnlyList<string> All { get; } = [KpiDiscrepancy, DirectoryListing];
}
